import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  require_url
} from "./chunk-2R2ZKVH5.js";
import {
  ACTION_TYPES,
  EFFECTS,
  canonicalJson
} from "./chunk-IP5HSEW5.js";
import {
  require_crypto
} from "./chunk-PZ6AAJEP.js";
import {
  require_fs
} from "./chunk-CJM3AD5Z.js";
import {
  require_path
} from "./chunk-6XR2NURA.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-JSTIMTER.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange2 = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values2 = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values2.length; i++) {
        for (let j = i + 1; j < values2.length; j++) {
          const a = values2[i];
          const b = values2[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange2(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix2 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants2;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// builtin-by-require:module
var require_module = __commonJS({
  "builtin-by-require:module"(exports, module) {
    module.exports = __require("node:module");
  }
});

// src/shell/options.ts
var KNOWN_KEYS = /* @__PURE__ */ new Map();
function lookupTable(entries) {
  for (const key in entries) if (!KNOWN_KEYS.has(key)) KNOWN_KEYS.set(key, key);
  return Object.assign(/* @__PURE__ */ Object.create(null), entries);
}
function knownKey(text) {
  return KNOWN_KEYS.get(text) ?? text;
}
function unversioned(name) {
  let end = name.length;
  while (end > 0 && (name[end - 1] === "." || name[end - 1] >= "0" && name[end - 1] <= "9")) end--;
  return end === 0 || end === name.length ? name : name.slice(0, end);
}
function optionValues(parsed, ...names2) {
  const values2 = [];
  for (const option of parsed.options) if (option.value && names2.includes(option.name)) values2.push(option.value);
  return values2;
}
function hasOption(parsed, ...names2) {
  for (const option of parsed.options) if (names2.includes(option.name)) return true;
  return false;
}
var LONG_OPTIONS = /* @__PURE__ */ new WeakMap();
function longOptions(spec) {
  let long = LONG_OPTIONS.get(spec);
  if (!long) {
    long = { value: new Set(spec.longValue ?? []), flag: new Set(spec.longFlag ?? []) };
    LONG_OPTIONS.set(spec, long);
  }
  return long;
}
function parseOptions(args, spec) {
  const out = { options: [], operands: [] };
  const shortValue = spec.shortValue ?? "";
  const shortFlag = spec.shortFlag ?? "";
  const { value: longValue, flag: longFlag } = longOptions(spec);
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    const text = word.text;
    if (word.splits && text.startsWith("$") && spec.strict) {
      out.error = `option ${text} is computed at run time`;
      return out;
    }
    if (text === "--") {
      for (let j = i + 1; j < args.length; j++) out.operands.push(args[j]);
      return out;
    }
    if (text.startsWith("--") && text.length > 2) {
      const eq = text.indexOf("=");
      const name = eq < 0 ? text.slice(2) : text.slice(2, eq);
      if (longValue.has(name)) {
        const value = eq >= 0 ? { ...word, text: text.slice(eq + 1) } : args[++i];
        out.options.push({ name, value });
      } else if (longFlag.has(name) || !spec.strict) {
        out.options.push(eq >= 0 ? { name, value: { ...word, text: text.slice(eq + 1) } } : { name });
      } else {
        out.error = `unknown option --${name}`;
        return out;
      }
      continue;
    }
    if (text.startsWith("-") && text.length > 1) {
      if (spec.singleDashLong) {
        const name = text.slice(1);
        if (longValue.has(name)) out.options.push({ name, value: args[++i] });
        else if (longFlag.has(name) || !spec.strict) out.options.push({ name });
        else {
          out.error = `unknown option ${text}`;
          return out;
        }
        continue;
      }
      for (let c = 1; c < text.length; c++) {
        const letter = text[c];
        if (shortValue.includes(letter)) {
          const attached = text.slice(c + 1);
          const value = attached ? { ...word, text: attached } : args[++i];
          out.options.push({ name: letter, value });
          break;
        }
        if (!shortFlag.includes(letter) && spec.strict) {
          out.error = `unknown option -${letter}`;
          return out;
        }
        out.options.push({ name: letter });
      }
      continue;
    }
    if (spec.stopAtOperand) {
      for (let j = i; j < args.length; j++) out.operands.push(args[j]);
      return out;
    }
    out.operands.push(word);
  }
  return out;
}

// src/shell/canonical.ts
function names(takesValue, list) {
  return list.split(/\s+/).filter(Boolean).map((n) => [n, takesValue]);
}
var KUBECTL = {
  style: "gnu",
  options: new Map([
    ...names(true, `namespace context cluster kubeconfig server user token as as-group as-uid certificate-authority
      client-certificate client-key request-timeout v cache-dir tls-server-name password username profile profile-output
      vmodule filename selector output kustomize container field-selector patch type replicas image port timeout
      grace-period label-columns template sort-by since tail max-log-requests from-file from-literal from-env-file
      subresource field-manager raw`),
    ...names(false, `insecure-skip-tls-verify match-server-version warnings-as-errors disable-compression all-namespaces
      recursive watch stdin tty force overwrite all prune wait server-side force-conflicts validate show-labels no-headers
      ignore-not-found cascade now quiet record dry-run follow previous local`)
  ]),
  short: {
    n: "namespace",
    f: "filename",
    l: "selector",
    o: "output",
    k: "kustomize",
    c: "container",
    s: "server",
    v: "v",
    A: "all-namespaces",
    R: "recursive",
    w: "watch",
    i: "stdin",
    t: "tty",
    L: "label-columns",
    p: "patch"
  },
  minPath: 1,
  maxPath: 2,
  // `kubectl help` (v1.32), plus `options` and `alpha`.
  commands: new Set(`create expose run set explain get edit delete rollout scale autoscale certificate cluster-info top cordon
    uncordon drain taint describe logs attach exec port-forward proxy cp auth debug events diff apply patch replace wait
    kustomize label annotate completion api-resources api-versions config plugin version options alpha help`.split(/\s+/))
};
var HELM = {
  style: "gnu",
  options: new Map([
    ...names(true, `namespace kube-context kubeconfig registry-config repository-cache repository-config burst-limit
      kube-apiserver kube-as-user kube-as-group kube-token kube-ca-file kube-tls-server-name qps content-cache values set
      set-string set-file set-json set-literal version output timeout repo username password description post-renderer
      post-renderer-args`),
    ...names(false, `debug kube-insecure-skip-tls-verify install atomic wait wait-for-jobs create-namespace dry-run force
      reuse-values reset-values reset-then-reuse-values devel all-namespaces generate-name skip-crds dependency-update
      rollback-on-failure cleanup-on-fail no-hooks all`)
  ]),
  short: { n: "namespace", f: "values", i: "install", o: "output", A: "all-namespaces", g: "generate-name", a: "all" },
  minPath: 1,
  maxPath: 2,
  // helm 3's commands; any other first word runs a plugin from $HELM_PLUGINS.
  commands: new Set(`completion create dependency dep env get help history install lint list ls package plugin pull fetch push
    registry repo rollback search show inspect status template test uninstall delete del un upgrade verify version`.split(/\s+/))
};
var TERRAFORM = {
  style: "go",
  options: new Map([
    ...names(true, `chdir var var-file target replace out state state-out backup lock-timeout parallelism backend-config
      plugin-dir from-module generate-config-out test-directory filter`),
    ...names(false, `help version auto-approve destroy refresh-only compact-warnings json no-color upgrade reconfigure
      migrate-state force-copy detailed-exitcode recursive check diff write input lock refresh`)
  ]),
  short: {},
  minPath: 1,
  maxPath: 2
};
var AWS = {
  style: "gnu",
  options: new Map([
    ...names(true, `region profile output endpoint-url query ca-bundle cli-read-timeout cli-connect-timeout color
      cli-binary-format`),
    ...names(false, `debug no-verify-ssl no-paginate no-sign-request no-cli-pager cli-auto-prompt no-cli-auto-prompt
      dry-run no-dry-run`)
  ]),
  short: {},
  minPath: 2,
  maxPath: 2
};
var GCLOUD = {
  style: "gnu",
  options: new Map([
    ...names(true, `project account configuration impersonate-service-account verbosity format billing-project flags-file
      trace-token access-token-file zone region`),
    ...names(false, `quiet log-http user-output-enabled no-user-output-enabled help`)
  ]),
  short: { q: "quiet", h: "help" },
  minPath: 2,
  maxPath: 4
};
var AZ = {
  style: "gnu",
  options: new Map([
    ...names(true, `subscription output query resource-group name location`),
    ...names(false, `only-show-errors debug verbose help yes`)
  ]),
  short: { o: "output", g: "resource-group", n: "name", l: "location", h: "help", y: "yes" },
  minPath: 2,
  maxPath: 4
};
var VAULT = {
  style: "go",
  options: new Map([
    ...names(true, `address namespace format field mount ca-cert ca-path client-cert client-key tls-server-name wrap-ttl
      policy mfa header`),
    ...names(false, `tls-skip-verify output-curl-string output-policy non-interactive force`)
  ]),
  short: {},
  aliases: { ns: "namespace" },
  minPath: 1,
  maxPath: 2
};
var PULUMI = {
  style: "gnu",
  options: new Map([
    ...names(true, `cwd color verbose profiling tracing memprofilerate stack config config-file target replace message
      parallel exclude`),
    ...names(false, `non-interactive logtostderr emoji disable-integrity-checking logflow yes skip-preview refresh diff
      json expect-no-changes target-dependents show-secrets help`)
  ]),
  short: { C: "cwd", v: "verbose", s: "stack", y: "yes", f: "skip-preview", c: "config", t: "target", j: "json", r: "refresh", m: "message", h: "help" },
  minPath: 1,
  maxPath: 2
};
var TOOLS = lookupTable({
  kubectl: KUBECTL,
  helm: HELM,
  terraform: TERRAFORM,
  tofu: TERRAFORM,
  aws: AWS,
  gcloud: GCLOUD,
  az: AZ,
  vault: VAULT,
  pulumi: PULUMI
});
for (const spec of Object.values(TOOLS)) {
  spec.short = lookupTable(spec.short);
  if (spec.aliases) spec.aliases = lookupTable(spec.aliases);
}
function isCanonicalisedTool(name) {
  return name in TOOLS;
}
var set = (list) => new Set(list.split(/\s+/).filter(Boolean));
var OPTION_RULES = lookupTable({
  kubectl: {
    repeatable: set("filename from-file from-literal from-env-file label-columns"),
    booleans: set(`insecure-skip-tls-verify match-server-version warnings-as-errors disable-compression all-namespaces
      recursive watch stdin tty force overwrite all prune wait server-side force-conflicts validate show-labels no-headers
      ignore-not-found now quiet record follow previous local`),
    dryRunValues: { dry: ["client", "server"], real: ["none"], bare: "client" },
    env: lookupTable({ KUBECONFIG: "kubeconfig" })
  },
  helm: {
    repeatable: set("values set set-string set-file set-json set-literal post-renderer-args"),
    booleans: set(`debug kube-insecure-skip-tls-verify install atomic wait wait-for-jobs create-namespace dry-run force
      reuse-values reset-values reset-then-reuse-values devel all-namespaces generate-name skip-crds dependency-update
      rollback-on-failure cleanup-on-fail no-hooks all`),
    // helm ≥ 3.13: `--dry-run=client|server|none` (bare or true: client; false: none).
    dryRunValues: { dry: ["client", "server"], real: ["none"], bare: "client" },
    env: lookupTable({ HELM_NAMESPACE: "namespace", HELM_KUBECONTEXT: "kube-context", KUBECONFIG: "kubeconfig", HELM_KUBEAPISERVER: "kube-apiserver", HELM_POST_RENDERER: "post-renderer" })
  },
  terraform: {
    repeatable: set("var var-file target replace backend-config"),
    booleans: set(`auto-approve destroy refresh-only compact-warnings json no-color upgrade reconfigure migrate-state force-copy
      detailed-exitcode recursive check diff write input lock refresh`),
    env: lookupTable({}),
    envOpaque: /^(TF_CLI_ARGS(_\w+)?|TF_CLI_CONFIG_FILE|TF_PLUGIN_CACHE_DIR)$/
  },
  aws: {
    repeatable: set(""),
    booleans: set("debug no-verify-ssl no-paginate no-sign-request no-cli-pager cli-auto-prompt dry-run"),
    negations: lookupTable({ "no-dry-run": "dry-run", "no-cli-auto-prompt": "cli-auto-prompt" }),
    env: lookupTable({ AWS_ENDPOINT_URL: "endpoint-url", AWS_PROFILE: "profile", AWS_REGION: "region", AWS_DEFAULT_REGION: "region" }),
    envOpaque: /^(AWS_ENDPOINT_URL_\w+|AWS_CONFIG_FILE|AWS_SHARED_CREDENTIALS_FILE|AWS_CA_BUNDLE)$/
  },
  vault: {
    repeatable: set("header policy"),
    booleans: set("tls-skip-verify output-curl-string output-policy non-interactive force"),
    env: lookupTable({ VAULT_ADDR: "address", VAULT_NAMESPACE: "namespace" })
  }
});
OPTION_RULES.tofu = { ...OPTION_RULES.terraform, envOpaque: /^(TF_CLI_ARGS(_\w+)?|TF_CLI_CONFIG_FILE|TOFU_CLI_ARGS\w*)$/ };
var TOOL_ENVIRONMENT = new Set(Object.values(OPTION_RULES).flatMap((r) => Object.keys(r.env)));
var TOOL_ENVIRONMENT_OPAQUE = /^(TF_CLI_ARGS(_\w+)?|TF_CLI_CONFIG_FILE|TOFU_CLI_ARGS\w*|AWS_ENDPOINT_URL_\w+|AWS_CONFIG_FILE|AWS_SHARED_CREDENTIALS_FILE|AWS_CA_BUNDLE|TF_PLUGIN_CACHE_DIR)$/;
var TRUE = set("1 t T TRUE true True");
var FALSE = set("0 f F FALSE false False");
function isNoOp(name, value) {
  return name === "dry-run" && (value === "none" || value === "false");
}
var BUCKET_ORDER = ["rest", "moved", "globals"];
function longNameStart(word, style) {
  if (word.charCodeAt(0) !== DASH) return -1;
  if (style === "gnu") return word.charCodeAt(1) === DASH && word.length > 2 && word.charCodeAt(2) !== EQUALS ? 2 : -1;
  const start = word.charCodeAt(1) === DASH ? 2 : 1;
  const first = word.charCodeAt(start);
  return start < word.length && first !== DASH && first !== EQUALS ? start : -1;
}
var DASH = 45;
var EQUALS = 61;
var NEGATIVE_NUMBER = /^-\d+$/;
function isShortCluster(word) {
  return word.length > 1 && word.charCodeAt(0) === DASH && word.charCodeAt(1) !== DASH && !NEGATIVE_NUMBER.test(word);
}
function bucketOf(pathLength, pathOpen) {
  return pathLength === 0 ? "globals" : pathOpen ? "moved" : "rest";
}
function canonicalise(tool, args, env, notes) {
  const spec = TOOLS[tool];
  if (!spec) return { words: [tool, ...args] };
  const rules = OPTION_RULES[tool];
  const dash = spec.style === "gnu" ? "--" : "-";
  const words2 = [tool];
  let pathLength = 0;
  const entries = [];
  const tail = [];
  let pathOpen = true;
  if (rules && env) {
    for (const variable of Object.keys(env)) {
      const value = env[variable];
      if (rules.envOpaque?.test(variable)) return opaqueForm(tool, args, `${variable} adds arguments or configuration to every ${tool} run`);
      const option = rules.env[variable];
      if (option) entries.push({ bucket: "globals", name: option, value, spelled: notes ? `${variable}=${value}` : "", rendered: null });
    }
  }
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    if (word === "--") {
      pathOpen = false;
      for (let j = i; j < args.length; j++) tail.push(args[j]);
      if (args.length > i + 1) notes?.push(`after --: ${args.slice(i + 1).join(" ")} (operands, never options)`);
      break;
    }
    const start = longNameStart(word, spec.style);
    if (start > 0) {
      const eq = word.indexOf("=", start);
      const written = eq < 0 ? word.slice(start) : word.slice(start, eq);
      let name = spec.aliases?.[written] ?? written;
      let value = eq < 0 ? void 0 : word.slice(eq + 1);
      const negated = rules?.negations?.[name];
      let takesValue = false;
      if (negated && value === void 0) {
        name = negated;
        value = "false";
        notes?.push(`${word} turns --${negated} off`);
      } else {
        const known = spec.options.get(name);
        if (known === void 0) {
          if (pathLength < spec.minPath) return opaqueForm(tool, args, unknownBeforeSubcommand(word, tool));
          pathOpen = false;
          words2.push(word);
          notes?.push(unknownNote(word, tool));
          continue;
        }
        takesValue = known;
      }
      const takesNext = value === void 0 && takesValue && i + 1 < args.length;
      const spelled = notes ? takesNext ? `${word} ${args[i + 1]}` : word : "";
      if (takesNext) value = args[++i];
      entries.push({ bucket: bucketOf(pathLength, pathOpen), name, value, spelled, rendered: null });
      continue;
    }
    if (spec.style === "gnu" && isShortCluster(word)) {
      for (let c = 1; c < word.length; c++) {
        const name = spec.short[word[c]];
        if (!name) {
          const unknown = `-${word.slice(c)}`;
          if (pathLength < spec.minPath) return opaqueForm(tool, args, unknownBeforeSubcommand(unknown, tool));
          pathOpen = false;
          words2.push(unknown);
          notes?.push(unknownNote(unknown, tool));
          break;
        }
        if (spec.options.get(name)) {
          let value = word.slice(c + 1).replace(/^=/, "");
          const takesNext = value === "" && i + 1 < args.length;
          const spelled = notes ? takesNext ? `-${word[c]} ${args[i + 1]}` : `-${word[c]}${word.slice(c + 1)}` : "";
          if (takesNext) value = args[++i];
          entries.push({ bucket: bucketOf(pathLength, pathOpen), name, value, spelled, rendered: null });
          break;
        }
        entries.push({ bucket: bucketOf(pathLength, pathOpen), name, value: void 0, spelled: notes ? `-${word[c]}` : "", rendered: null });
      }
      continue;
    }
    if (pathOpen && pathLength < spec.maxPath) {
      words2.push(word);
      pathLength++;
      if (pathLength === spec.maxPath) pathOpen = false;
    } else {
      pathOpen = false;
      words2.push(word);
    }
  }
  if (tool === "kubectl" && hasEntry(entries, "raw")) {
    for (let i = entries.length - 1; i >= 0; i--) {
      if (entries[i].name !== "dry-run") continue;
      notes?.push(`${entries[i].spelled}: ignored with --raw (the raw request is sent as is), dropped`);
      entries.splice(i, 1);
    }
  }
  if (spec.commands && pathLength > 0 && !spec.commands.has(words2[1])) {
    return opaqueForm(tool, args, `${tool} ${words2[1]} is no ${tool} command: ${tool} runs the plugin ${tool}-${words2[1]}, whatever program that is`);
  }
  const resolving = rules !== void 0 && entries.length > 1;
  const last = resolving && entries.length > 16 ? lastIndexByName(entries) : null;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const { name } = entry;
    let { value } = entry;
    const lastIndex = resolving ? last ? last.get(name) : lastIndexOf(entries, name) : i;
    if (lastIndex !== i && !rules.repeatable.has(name)) {
      notes?.push(`${entry.spelled}: overridden by the later ${entries[lastIndex].spelled} (${tool} keeps the last value)`);
      continue;
    }
    if (rules?.dryRunValues && name === "dry-run") {
      const v = value === void 0 || TRUE.has(value) ? rules.dryRunValues.bare : FALSE.has(value) ? "none" : value;
      if (rules.dryRunValues.real.includes(v)) {
        notes?.push(`${entry.spelled}: a real run (--dry-run=${v}), dropped`);
        continue;
      }
      if (!rules.dryRunValues.dry.includes(v)) return opaqueForm(tool, args, `--dry-run=${value} is not a value ${tool} accepts`);
      value = v;
    } else if (rules?.booleans.has(name) && value !== void 0) {
      if (FALSE.has(value)) {
        notes?.push(`${entry.spelled}: off, dropped`);
        continue;
      }
      if (!TRUE.has(value)) return opaqueForm(tool, args, `${dash}${name}=${value}: not a boolean ${tool} accepts`);
      value = void 0;
    } else if (!rules && isNoOp(name, value)) {
      continue;
    }
    entry.rendered = value === void 0 ? `${dash}${name}` : `${dash}${name}=${value}`;
    if (notes && entry.spelled !== entry.rendered) notes.push(`${entry.spelled} \u2192 ${entry.rendered}`);
  }
  const optionsStart = words2.length;
  for (const bucket of BUCKET_ORDER) {
    for (const entry of entries) if (entry.bucket === bucket && entry.rendered !== null) words2.push(entry.rendered);
  }
  const optionsEnd = words2.length;
  for (const word of tail) words2.push(word);
  return { words: words2, optionsStart, optionsEnd };
}
function opaqueForm(tool, args, reason) {
  return { opaque: reason, words: [tool, ...args] };
}
function unknownBeforeSubcommand(word, tool) {
  return `unknown option ${word} before the ${tool} subcommand: cannot tell the subcommand`;
}
function unknownNote(word, tool) {
  return `${word}: not a ${tool} option the table knows, kept as an operand (allow patterns do not see it as an option)`;
}
function hasEntry(entries, name) {
  for (const entry of entries) if (entry.name === name) return true;
  return false;
}
function lastIndexOf(entries, name) {
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i].name === name) return i;
  return -1;
}
function lastIndexByName(entries) {
  const last = /* @__PURE__ */ new Map();
  for (let i = 0; i < entries.length; i++) last.set(entries[i].name, i);
  return last;
}

// src/policy/glob.ts
var import_picomatch = __toESM(require_picomatch2(), 1);

// src/policy/linear-glob.ts
var NOT_OPTION_DASH = "\uE002";
var EITHER_DASH = `[-${NOT_OPTION_DASH}]`;
var ANY_CHARACTER = -1;
var EITHER_DASH_CODE = -2;
var DASH2 = 45;
var NOT_OPTION_DASH_CODE = NOT_OPTION_DASH.charCodeAt(0);
function parseLinearGlob(alternative) {
  if (alternative.startsWith("!")) return null;
  const segments = [[]];
  let leadingStar = false;
  let trailingStar = false;
  for (let i = 0; i < alternative.length; i++) {
    const ch = alternative[i];
    if (ch === "*") {
      if (i === 0) leadingStar = true;
      while (alternative[i + 1] === "*") i++;
      if (i === alternative.length - 1) trailingStar = true;
      if (segments[segments.length - 1].length > 0 || segments.length === 1) segments.push([]);
      continue;
    }
    if (ch === "(" || ch === ")" || ch === "{" || ch === "}") return null;
    if (alternative.startsWith(EITHER_DASH, i)) {
      segments[segments.length - 1].push(EITHER_DASH_CODE);
      i += EITHER_DASH.length - 1;
      continue;
    }
    if (ch === "[") return null;
    if (ch === "\\") {
      if (++i >= alternative.length) return null;
      segments[segments.length - 1].push(alternative.charCodeAt(i));
    } else segments[segments.length - 1].push(ch === "?" ? ANY_CHARACTER : alternative.charCodeAt(i));
  }
  const pieces = segments.filter((s, index) => s.length > 0 || index === 0);
  if (leadingStar && pieces[0].length === 0) pieces.shift();
  return { segments: pieces.map(compileSegment), leadingStar, trailingStar };
}
function compileSegment(codes) {
  for (const code of codes) if (code < 0) return { length: codes.length, codes: Int32Array.from(codes) };
  let literal = "";
  for (let from = 0; from < codes.length; from += 4096) literal += String.fromCharCode(...codes.slice(from, from + 4096));
  return { length: literal.length, literal };
}
function codesMatchAt(codes, text, at) {
  for (let i = 0; i < codes.length; i++) {
    const want = codes[i];
    if (want === ANY_CHARACTER) continue;
    const code = text.charCodeAt(at + i);
    if (want === EITHER_DASH_CODE ? code !== DASH2 && code !== NOT_OPTION_DASH_CODE : code !== want) return false;
  }
  return true;
}
function matchesAt(segment, text, at) {
  if (segment.literal !== void 0) return text.startsWith(segment.literal, at);
  return at + segment.length <= text.length && codesMatchAt(segment.codes, text, at);
}
function findFrom(segment, text, from, limit) {
  if (segment.literal !== void 0) {
    const at = text.indexOf(segment.literal, from);
    return at !== -1 && at + segment.length <= limit ? at : -1;
  }
  for (let at = from; at + segment.length <= limit; at++) if (codesMatchAt(segment.codes, text, at)) return at;
  return -1;
}
function linearMatch(glob, text) {
  const { segments, leadingStar, trailingStar } = glob;
  const starred = leadingStar || trailingStar || segments.length > 1;
  if (!starred) {
    const only = segments[0];
    return text.length === only.length && matchesAt(only, text, 0);
  }
  let from = 0;
  let limit = text.length;
  let first = 0;
  let last = segments.length;
  if (!leadingStar) {
    if (segments[0].length > limit || !matchesAt(segments[0], text, 0)) return false;
    from = segments[0].length;
    first = 1;
  }
  if (!trailingStar && last > first) {
    const tail = segments[last - 1];
    const at = limit - tail.length;
    if (at < from || !matchesAt(tail, text, at)) return false;
    limit = at;
    last--;
  }
  for (let i = first; i < last; i++) {
    const at = findFrom(segments[i], text, from, limit);
    if (at === -1) return false;
    from = at + segments[i].length;
  }
  return true;
}
function needsRegex(text) {
  return text.length <= 2 && (text === "" || text === "." || text === "..");
}

// src/policy/glob.ts
var SLASH = "\uE000";
var SLASH_ESCAPE = "\uE001";
var MAX_ALTERNATIVES = 1024;
var NOT_OPTION_DASH2 = "\uE002";
function notOption(word) {
  let at = word.indexOf("-");
  if (at < 0) return word;
  let out = "";
  let from = 0;
  for (; at >= 0; at = word.indexOf("-", from)) {
    out += word.slice(from, at) + NOT_OPTION_DASH2;
    from = at + 1;
  }
  return out + word.slice(from);
}
var OPTION_START_AFTER = /* @__PURE__ */ new Set([void 0, " ", "*", "?", "]", ")", "(", "|"]);
function optionAwareDashes(pattern) {
  if (!pattern.includes("-")) return pattern;
  let out = "";
  let kept = 0;
  let mode = "none";
  let previous;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\" && i + 1 < pattern.length) {
      previous = pattern[++i];
      if (mode === "name") mode = "none";
      continue;
    }
    if (ch === "[") {
      const close = pattern.indexOf("]", i + 2);
      if (close !== -1) {
        i = close;
        previous = "]";
        mode = "none";
        continue;
      }
    }
    if (ch === "-") {
      if (mode === "name" || mode === "none" && OPTION_START_AFTER.has(previous)) {
        mode = "name";
      } else {
        out += pattern.slice(kept, i) + `[-${NOT_OPTION_DASH2}]`;
        kept = i + 1;
      }
    } else {
      if (ch === " ") mode = "none";
      else if (ch === "=" && mode === "name") mode = "value";
      else if (mode === "name" && !NAME_CHARACTER.test(ch)) mode = "none";
    }
    previous = ch;
  }
  return kept === 0 ? pattern : out + pattern.slice(kept);
}
var NAME_CHARACTER = /[A-Za-z0-9_.]/;
var GlobError = class extends Error {
};
var PICOMATCH_OPTIONS = { dot: true, strictBrackets: true, posix: true };
function expandBraces(pattern) {
  const open = findExpandableGroup(pattern);
  if (!open) return [pattern];
  const { start, end, parts } = open;
  const prefix = pattern.slice(0, start);
  const suffix = pattern.slice(end + 1);
  const out = [];
  for (const part of parts) {
    for (const expanded of expandBraces(prefix + part + suffix)) {
      out.push(expanded);
      if (out.length > MAX_ALTERNATIVES) {
        throw new GlobError(`expands to more than ${MAX_ALTERNATIVES} alternatives; split it into several patterns`);
      }
    }
  }
  return out;
}
function findExpandableGroup(pattern) {
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\") {
      i++;
      continue;
    }
    if (ch === "[") {
      const close = pattern.indexOf("]", i + 2);
      if (close !== -1) i = close;
      continue;
    }
    if (ch !== "{") continue;
    let depth = 0;
    const commas = [];
    let j = i;
    for (; j < pattern.length; j++) {
      const c = pattern[j];
      if (c === "\\") {
        j++;
        continue;
      }
      if (c === "{") depth++;
      else if (c === "}") {
        depth--;
        if (depth === 0) break;
      } else if (c === "," && depth === 1) commas.push(j);
    }
    if (j >= pattern.length) throw new GlobError('has a "{" with no closing "}" (write "\\{" for a literal brace)');
    if (commas.length === 0) {
      const range = expandRange(pattern.slice(i + 1, j));
      if (range) return { start: i, end: j, parts: range };
      continue;
    }
    const parts = [];
    let from = i + 1;
    for (const c of [...commas, j]) {
      parts.push(pattern.slice(from, c));
      from = c + 1;
    }
    return { start: i, end: j, parts };
  }
  return null;
}
function literalPipes(pattern) {
  if (!pattern.includes("|")) return pattern;
  let out = "";
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\") {
      out += pattern.slice(i, i + 2);
      i++;
      continue;
    }
    if (ch === "[") {
      const close = pattern.indexOf("]", i + 2);
      if (close !== -1) {
        out += pattern.slice(i, close + 1);
        i = close;
        continue;
      }
    }
    if (ch === "(") depth++;
    else if (ch === ")" && depth > 0) depth--;
    out += ch === "|" && depth === 0 ? "\\|" : ch;
  }
  return out;
}
function expandRange(body) {
  const numeric = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body);
  const letters = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.(-?\d+))?$/.exec(body);
  if (!numeric && !letters) return null;
  const step = Math.abs(Number((numeric ?? letters)[3] ?? 1)) || 1;
  let from;
  let to;
  if (numeric) {
    from = Number(numeric[1]);
    to = Number(numeric[2]);
  } else {
    from = letters[1].charCodeAt(0);
    to = letters[2].charCodeAt(0);
    if (from >= 97 !== to >= 97) throw new GlobError(`has the range {${body}}, which mixes upper and lower case; write two ranges`);
  }
  const count2 = Math.floor(Math.abs(to - from) / step) + 1;
  if (count2 > MAX_ALTERNATIVES) throw new GlobError(`has the range {${body}}, more than ${MAX_ALTERNATIVES} alternatives; write * or a character class`);
  const padded = numeric !== null && (/^-?0\d/.test(numeric[1]) || /^-?0\d/.test(numeric[2]));
  const width = padded ? Math.max(numeric[1].replace("-", "").length, numeric[2].replace("-", "").length) : 0;
  const values2 = [];
  for (let k = 0, value = from; k < count2; k++, value += from <= to ? step : -step) {
    if (!numeric) values2.push(String.fromCharCode(value));
    else values2.push(`${value < 0 ? "-" : ""}${String(Math.abs(value)).padStart(width, "0")}`);
  }
  return values2;
}
function compileAlternative(alternative) {
  let re;
  try {
    re = import_picomatch.default.makeRe(literalPipes(alternative), PICOMATCH_OPTIONS);
  } catch (err) {
    throw new GlobError(err.message);
  }
  if (re.source === "$^") throw new GlobError('can never match anything (check brackets and a trailing "\\")');
  return re;
}
function compileTextAlternative(alternative) {
  return alternative === "" ? /^$/ : compileAlternative(alternative);
}
function join(regexes) {
  if (regexes.length === 0) return null;
  if (regexes.length === 1) return regexes[0];
  return new RegExp(regexes.map((r) => r.source).join("|"));
}
function checkNotEmpty(pattern) {
  if (pattern.trim() === "") throw new GlobError('is empty; write a glob such as "terraform apply*"');
}
function optionAwareAlternatives(pattern) {
  return expandBraces(pattern).map((alt) => singleStars(optionAwareDashes(alt)));
}
function withSlashStandIns(alternative) {
  return alternative.includes("/") ? alternative.replaceAll("/", SLASH) : alternative;
}
function singleStars(pattern) {
  if (!pattern.includes("**")) return pattern;
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\") {
      out += pattern.slice(i, i + 2);
      i++;
      continue;
    }
    if (ch === "[") {
      const close = pattern.indexOf("]", i + 2);
      if (close !== -1) {
        out += pattern.slice(i, close + 1);
        i = close;
        continue;
      }
    }
    if (ch === "*") {
      let end = i;
      while (pattern[end + 1] === "*") end++;
      out += pattern[end + 1] === "(" ? pattern.slice(i, end + 1) : "*";
      i = end;
      continue;
    }
    out += ch;
  }
  return out;
}
function picomatchAccepts(alternative) {
  return alternative.length <= MAX_PICOMATCH_LENGTH && PLAIN_ALTERNATIVE.test(alternative.replaceAll(EITHER_DASH2, "-"));
}
var EITHER_DASH2 = `[-${NOT_OPTION_DASH2}]`;
var PLAIN_ALTERNATIVE = /^[A-Za-z0-9 _.,:=%\uE000*?-]*$/;
var MAX_PICOMATCH_LENGTH = 65536;
function compileTextGlob(pattern) {
  checkNotEmpty(pattern);
  const aware = optionAwareAlternatives(pattern);
  const alternatives = aware.map(withSlashStandIns);
  const linear = alternatives.map(parseLinearGlob);
  if (linear.some((glob) => glob === null)) {
    const re2 = join(alternatives.map(compileTextAlternative));
    return { source: pattern, test: (text) => re2.test(toGlobText(text)) };
  }
  let re = alternatives.every(picomatchAccepts) ? void 0 : join(alternatives.map(compileTextAlternative));
  const regexTest = (text) => (re ??= join(alternatives.map(compileTextAlternative))).test(toGlobText(text));
  if (pattern.includes(SLASH) || pattern.includes(SLASH_ESCAPE)) {
    const globs2 = linear;
    return {
      source: pattern,
      test: (text) => {
        if (needsRegex(text)) return regexTest(text);
        const globText = toGlobText(text);
        for (const glob of globs2) if (linearMatch(glob, globText)) return true;
        return false;
      }
    };
  }
  const globs = aware.map((alt, i) => alternatives[i] === alt ? linear[i] : parseLinearGlob(alt));
  if (globs.length === 1) {
    const [glob] = globs;
    return { source: pattern, test: (text) => needsRegex(text) ? regexTest(text) : linearMatch(glob, text) };
  }
  return {
    source: pattern,
    test: (text) => {
      if (needsRegex(text)) return regexTest(text);
      for (const glob of globs) if (linearMatch(glob, text)) return true;
      return false;
    }
  };
}
var lastText = "";
var lastGlobText = "";
function toGlobText(text) {
  if (text === lastText) return lastGlobText;
  let converted = text.includes(SLASH) ? text.replaceAll(SLASH, SLASH_ESCAPE) : text;
  if (converted.includes("/")) converted = converted.replaceAll("/", SLASH);
  lastText = text;
  lastGlobText = converted;
  return converted;
}
function compilePathGlob(pattern) {
  checkNotEmpty(pattern);
  const alternatives = expandBraces(pattern);
  if (alternatives.includes("")) throw new GlobError('has an empty alternative (as in "{a,}"), which no path matches; remove it');
  let regexes = alternatives.every((alt) => alt.length <= MAX_PICOMATCH_LENGTH && PLAIN_PATH_ALTERNATIVE.test(alt)) ? void 0 : pathRegexes(alternatives);
  const alternativesCoverRoot = alternatives.some((alt) => alt === "**" || alt === "./**");
  const fullNeeds = requiredTexts(alternatives.filter((alt) => alt.includes("/")));
  const baseNeeds = requiredTexts(alternatives.filter((alt) => !alt.includes("/")));
  return {
    source: pattern,
    test: (path) => {
      const { full, base } = regexes ??= pathRegexes(alternatives);
      if (full !== null && (fullNeeds === null || holdsOne(path, fullNeeds)) && full.test(path)) return true;
      if (path === ".") return alternativesCoverRoot;
      if (base === null) return false;
      if (baseNeeds !== null && !holdsOne(path, baseNeeds)) return false;
      return base.test(path.slice(path.lastIndexOf("/") + 1));
    }
  };
}
function requiredTexts(alternatives) {
  const texts = [];
  for (const alt of alternatives) {
    if (!PLAIN_PATH_ALTERNATIVE.test(alt) || alt.split("/").some((segment) => segment === "." || segment === "..")) return null;
    let longest = "";
    for (const run of alt.split(/[*?/]/)) if (run.length > longest.length) longest = run;
    if (longest === "") return null;
    texts.push(longest);
  }
  return texts.length === 0 ? null : texts;
}
function holdsOne(path, texts) {
  for (let i = 0; i < texts.length; i++) if (path.includes(texts[i])) return true;
  return false;
}
var PLAIN_PATH_ALTERNATIVE = /^[A-Za-z0-9 _.,:=%\/~*?-]*$/;
function pathRegexes(alternatives) {
  const anywhere = [];
  const baseName = [];
  for (const alt of alternatives) (alt.includes("/") ? anywhere : baseName).push(compileAlternative(alt));
  return { full: join(anywhere), base: join(baseName) };
}
function hasWildcard(pattern) {
  return /(^|[^\\])[*?[{]/.test(pattern) || /[@!+]\(/.test(pattern);
}

// src/shell/programs/dry-run.ts
var words = (list) => list.split(/\s+/).filter(Boolean);
var RSYNC_LONG_VALUES = words(`rsh rsync-path filter exclude include exclude-from include-from files-from temp-dir
  compare-dest copy-dest link-dest partial-dir log-file log-file-format out-format password-file bwlimit chmod chown
  usermap groupmap timeout contimeout port sockopts block-size max-delete max-size min-size max-alloc modify-window
  suffix backup-dir iconv checksum-choice cc compress-choice zc compress-level zl skip-compress info debug stderr
  remote-option outbuf write-batch only-write-batch read-batch protocol checksum-seed address config dparam
  early-input stop-after stop-at copy-as`);
var RSYNC_LONG_FLAGS = words(`archive verbose quiet recursive relative compress checksum update inplace append
  append-verify dirs links copy-links copy-unsafe-links safe-links hard-links perms executability acls xattrs owner
  group devices specials times omit-dir-times omit-link-times super fake-super sparse preallocate whole-file
  one-file-system existing ignore-existing remove-source-files delete delete-before delete-during delete-delay
  delete-after delete-excluded ignore-errors force partial progress human-readable stats itemize-changes list-only
  prune-empty-dirs numeric-ids size-only ignore-times fuzzy cvs-exclude mkpath backup no-motd ipv4 ipv6 8-bit-output
  blocking-io no-implied-dirs keep-dirlinks copy-dirlinks atimes open-noatime crtimes hard-links delay-updates
  trust-sender`);
var GIT_PUSH_VALUES = words("repo receive-pack exec push-option");
var GIT_COMMIT_VALUES = words("message file reuse-message reedit-message fixup squash author date template cleanup pathspec-from-file trailer");
var DRY_RUN = lookupTable({
  kubectl: { canonical: true },
  helm: { canonical: true },
  aws: { canonical: true },
  rsync: {
    all: {
      long: ["dry-run"],
      short: "n",
      negatable: true,
      // -e (rsh) -f (filter) -B (block size) -T (temp dir) -M (remote option) -@ (modify window)
      shortValues: "efBTM@",
      longValues: RSYNC_LONG_VALUES,
      longFlags: RSYNC_LONG_FLAGS
    }
  },
  git: {
    globalValues: ["C", "c", "git-dir", "work-tree", "namespace", "config-env", "exec-path", "super-prefix", "list-cmds", "attr-source"],
    subcommands: lookupTable({
      clean: { long: ["dry-run"], short: "n", negatable: true, shortValues: "e", longValues: ["exclude"], longFlags: words("force interactive quiet") },
      add: { long: ["dry-run"], short: "n", negatable: true, longValues: ["chmod", "pathspec-from-file"], longFlags: words("verbose force interactive patch edit update all no-all ignore-removal no-ignore-removal intent-to-add refresh ignore-errors ignore-missing sparse renormalize") },
      rm: { long: ["dry-run"], short: "n", negatable: true, longValues: ["pathspec-from-file"], longFlags: words("force cached quiet ignore-unmatch sparse") },
      mv: { long: ["dry-run"], short: "n", negatable: true, longFlags: words("force verbose") },
      push: { long: ["dry-run"], short: "n", negatable: true, shortValues: "o", longValues: GIT_PUSH_VALUES, longFlags: words("all mirror tags follow-tags atomic force delete prune verbose quiet porcelain set-upstream thin no-thin no-verify verify ipv4 ipv6 progress") },
      // `git fetch -n` is --no-tags, not a dry run.
      fetch: { long: ["dry-run"], negatable: true, shortValues: "jo", longValues: words("depth deepen shallow-since shallow-exclude refmap jobs upload-pack server-option negotiation-tip recurse-submodules-default submodule-prefix filter"), longFlags: words("all append atomic force keep multiple prune prune-tags tags no-tags quiet verbose progress unshallow update-shallow ipv4 ipv6 write-fetch-head") },
      // `git commit -n` is --no-verify, not a dry run.
      commit: { long: ["dry-run"], negatable: true, shortValues: "mFcCt", longValues: GIT_COMMIT_VALUES, longFlags: words("all patch short branch porcelain long null signoff no-verify verify allow-empty allow-empty-message amend no-edit edit include only status no-status quiet verbose reset-author") },
      prune: { long: ["dry-run"], short: "n", negatable: true, longValues: ["expire"], longFlags: words("verbose progress") }
    })
  }
});

// src/shell/allow-text.ts
function optionWord(word) {
  const end = optionNameEnd(word);
  if (end < 0) return notOption(word);
  if (end === word.length) return word;
  const rest = word.charCodeAt(end) === EQUALS2 ? word.slice(end + 1) : word.slice(end);
  const marked = notOption(rest);
  if (marked === rest) return word;
  return word.slice(0, end) + (rest.length < word.length - end ? "=" : "") + marked;
}
function optionNameEnd(word) {
  if (word.charCodeAt(0) !== DASH3) return -1;
  let i = word.charCodeAt(1) === DASH3 ? 2 : 1;
  const first = word.charCodeAt(i);
  if (!(isNameCode(first) && first !== UNDERSCORE && first !== DOT)) return -1;
  i++;
  while (i < word.length) {
    const code = word.charCodeAt(i);
    if (isNameCode(code)) i++;
    else if (code === DASH3 && i + 1 < word.length && isNameCode(word.charCodeAt(i + 1))) i += 2;
    else break;
  }
  return i;
}
var DASH3 = 45;
var EQUALS2 = 61;
var UNDERSCORE = 95;
var DOT = 46;
function isNameCode(code) {
  return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57 || code === UNDERSCORE || code === DOT || code === 64;
}
function mentionsDryRun(word) {
  return word.startsWith("--dry-run") || word.startsWith("-dry-run");
}
function allowWords(words2, optionsStart, optionsEnd = 0) {
  const program = words2[0] ?? "";
  const dry = DRY_RUN[program]?.canonical ? ON_IN_CANONICAL_FORM : dryRunOf(program, words2);
  const marked = [];
  let afterDashes = false;
  for (let i = 0; i < words2.length; i++) {
    const word = words2[i];
    let isOption;
    if (i === 0) isOption = false;
    else if (optionsStart !== void 0) isOption = i >= optionsStart && i < optionsEnd;
    else if (word === "--" && !afterDashes) {
      afterDashes = true;
      isOption = false;
    } else isOption = !afterDashes && word.length > 1 && word.startsWith("-");
    marked.push(!isOption || !dry.on && mentionsDryRun(word) ? notOption(word) : optionWord(word));
  }
  const out = { words: marked };
  if (dry.on && dry.at > 0 && !mentionsDryRun(words2[dry.at])) {
    const cluster = words2[dry.at].replace(dry.letter ?? "", "");
    const spelled = cluster === "-" ? ["--dry-run"] : [optionWord(cluster), "--dry-run"];
    out.canonicalDryRun = [...marked.slice(0, dry.at), ...spelled, ...marked.slice(dry.at + 1)];
  }
  return out;
}
var OFF = { on: false, at: -1 };
var ON_IN_CANONICAL_FORM = { on: true, at: -1 };
var GLOBAL_VALUES = /* @__PURE__ */ new Map();
var LONG_OPTIONS2 = /* @__PURE__ */ new Map();
for (const entry of Object.values(DRY_RUN)) {
  GLOBAL_VALUES.set(entry, new Set(entry.globalValues ?? []));
  for (const spec of [entry.all, ...Object.values(entry.subcommands ?? {})]) {
    if (spec) LONG_OPTIONS2.set(spec, { longValues: new Set(spec.longValues ?? []), longFlags: new Set(spec.longFlags ?? []) });
  }
}
function specFor(program, words2) {
  const entry = DRY_RUN[program];
  if (!entry) return null;
  if (entry.all) return { spec: entry.all, from: 1 };
  if (!entry.subcommands) return null;
  const globalValues = GLOBAL_VALUES.get(entry);
  for (let i = 1; i < words2.length; i++) {
    const word = words2[i];
    if (word === "--") return null;
    if (!word.startsWith("-")) {
      const spec = entry.subcommands[word];
      return spec ? { spec, from: i + 1 } : null;
    }
    const long = /^--([^=]+)$/.exec(word)?.[1];
    if (long !== void 0 && globalValues.has(long) || /^-[A-Za-z]$/.test(word) && globalValues.has(word[1])) i++;
  }
  return null;
}
function dryRunOf(program, words2) {
  const found = specFor(program, words2);
  if (!found) return OFF;
  const { spec, from } = found;
  const { longValues, longFlags } = LONG_OPTIONS2.get(spec);
  const shortValues = spec.shortValues ?? "";
  let state = OFF;
  let mayBeValue = false;
  for (let i = from; i < words2.length; i++) {
    const word = words2[i];
    if (word === "--") break;
    const wasValue = mayBeValue;
    mayBeValue = false;
    if (word.startsWith("--")) {
      const eq = word.indexOf("=");
      const name = word.slice(2, eq < 0 ? void 0 : eq);
      if (spec.long.includes(name)) {
        state = eq < 0 && !wasValue ? { on: true, at: i } : OFF;
      } else if (name.startsWith("no-") && spec.negatable && name.length > 3 && (spec.long.some((l) => l.startsWith(name.slice(3))) || spec.short?.includes(name.slice(3)))) {
        state = OFF;
      } else if (spec.long.some((l) => l.startsWith(name) && l !== name && name.length > 0)) {
        state = OFF;
      } else if (eq < 0) {
        if (longValues.has(name)) i++;
        else if (!longFlags.has(name)) mayBeValue = true;
      }
      continue;
    }
    if (word.startsWith("-") && word.length > 1 && !wasValue) {
      for (let c = 1; c < word.length; c++) {
        const letter = word[c];
        if (shortValues.includes(letter)) {
          if (c === word.length - 1) i++;
          break;
        }
        if (spec.short?.includes(letter)) state = { on: true, at: i, letter };
      }
    }
  }
  return state;
}

// src/shell/programs/inert.ts
var INERT_ARGUMENTS = lookupTable({
  echo: { firstLiteral: 0 },
  // ls implies no file action whatever it is given: a computed word can do no more than a written one.
  ls: { firstLiteral: 0 },
  printf: { firstLiteral: 1 },
  true: { firstLiteral: 0 },
  false: { firstLiteral: 0 },
  ":": { firstLiteral: 0 },
  sleep: { firstLiteral: 0 },
  basename: { firstLiteral: 0 },
  dirname: { firstLiteral: 0 },
  seq: { firstLiteral: 0 }
});
var INERT_OPERANDS = lookupTable({
  kubectl: /* @__PURE__ */ new Set(["get", "describe", "explain", "logs", "top", "api-resources", "api-versions"])
});

// src/shell/words.ts
function isComputed(word) {
  return word.dynamic !== void 0 && !word.fdPath || word.expands !== void 0;
}
function newWord(text, dynamic, splits, expands, fdPath) {
  return { text, dynamic, splits, expands, fdPath };
}
var ANSI_C_SIMPLE = lookupTable({
  a: "\x07",
  b: "\b",
  e: "\x1B",
  E: "\x1B",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v",
  "\\": "\\",
  "'": "'",
  '"': '"',
  "?": "?"
});
function decodeAnsiC(body) {
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== "\\" || i + 1 >= body.length) {
      out += ch;
      continue;
    }
    const next = body[++i];
    if (next in ANSI_C_SIMPLE) {
      out += ANSI_C_SIMPLE[next];
    } else if (/[0-7]/.test(next)) {
      const digits = /^[0-7]{1,3}/.exec(body.slice(i))[0];
      out += String.fromCharCode(parseInt(digits, 8) & 255);
      i += digits.length - 1;
    } else if (next === "x" || next === "u" || next === "U") {
      const max = next === "x" ? 2 : next === "u" ? 4 : 8;
      const digits = new RegExp(`^[0-9a-fA-F]{1,${max}}`).exec(body.slice(i + 1))?.[0];
      if (!digits) {
        out += "\\" + next;
        continue;
      }
      out += String.fromCodePoint(parseInt(digits, 16));
      i += digits.length;
    } else if (next === "c" && i + 1 < body.length) {
      out += String.fromCharCode(body.charCodeAt(++i) & 31);
    } else {
      out += "\\" + next;
    }
  }
  return out;
}
function unescapeUnquoted(text) {
  return text.replace(/\\(\n|.)/gs, (_, c) => c === "\n" ? "" : c);
}
function unescapeDoubleQuoted(text) {
  if (!text.includes("\\")) return text;
  return text.replace(/\\([$`"\\\n])/g, (_, c) => c === "\n" ? "" : c);
}
var UNQUOTED_GLOB = /(?<!\\)(?:\\\\)*[*?[]/;
function hasUnquotedSpecial(raw) {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === 92 || code === 42 || code === 63 || code === 91 || code === 123) return true;
  }
  return false;
}
var RUN_TIME_PARTS = lookupTable({
  simple_expansion: "a variable",
  expansion: "a variable",
  command_substitution: "a command substitution",
  process_substitution: "a process substitution",
  arithmetic_expansion: "an arithmetic expansion"
});
function constantArithmetic(body) {
  if (!/^[\d\s+\-*/%()]*$/.test(body) || !/\d/.test(body)) return null;
  if (/(^|[^\d])0\d/.test(body)) return null;
  const tokens = body.match(/\d+|[+\-*/%()]/g) ?? [];
  let at = 0;
  const peek = () => tokens[at];
  const fail = () => {
    throw new Error("not a constant");
  };
  const primary = () => {
    const token = tokens[at++];
    if (token === void 0) fail();
    if (token === "(") {
      const value = sum();
      if (tokens[at++] !== ")") fail();
      return value;
    }
    if (token === "-") return -primary();
    if (token === "+") return primary();
    if (!/^\d+$/.test(token)) fail();
    return BigInt(token);
  };
  const product = () => {
    let value = primary();
    while (peek() === "*" || peek() === "/" || peek() === "%") {
      const op = tokens[at++];
      const right = primary();
      if (op !== "*" && right === 0n) fail();
      value = op === "*" ? value * right : op === "/" ? value / right : value % right;
    }
    return value;
  };
  const sum = () => {
    let value = product();
    while (peek() === "+" || peek() === "-") {
      const op = tokens[at++];
      const right = product();
      value = op === "+" ? value + right : value - right;
    }
    return value;
  };
  try {
    const value = sum();
    if (at !== tokens.length) return null;
    return BigInt.asIntN(64, value).toString();
  } catch {
    return null;
  }
}
var PLAIN_LEAVES = /* @__PURE__ */ new Set(["word", "number", "variable_name", "special_variable_name"]);
var WordBuilder = class {
  text = "";
  dynamic;
  /** Every run-time part so far was a process substitution. */
  onlyFd = true;
  splits = false;
  glob = false;
  brace = false;
  unquotedBraceOpen = false;
  addDynamic(node, quoted) {
    if (node.type === "arithmetic_expansion") {
      const value = constantArithmetic(node.text.slice(3, -2));
      if (value !== null) {
        this.text += value;
        return;
      }
    }
    if (node.type !== "process_substitution") this.onlyFd = false;
    this.text += node.text;
    this.dynamic ??= `contains ${RUN_TIME_PARTS[node.type] ?? node.type} (${node.text})`;
    if (!quoted && node.type !== "process_substitution") this.splits = true;
  }
  addUnquoted(raw) {
    if (!hasUnquotedSpecial(raw)) {
      this.text += raw;
      return;
    }
    if (UNQUOTED_GLOB.test(raw)) this.glob = true;
    if (/(?<!\\)\{/.test(raw)) this.unquotedBraceOpen = true;
    this.text += unescapeUnquoted(raw);
  }
  /** Adds a node's parts; `quoted` is true inside double quotes. */
  add(node, quoted) {
    switch (node.type) {
      case "word":
      case "number":
      case "variable_name":
      case "special_variable_name":
        if (quoted) this.text += unescapeDoubleQuoted(node.text);
        else this.addUnquoted(node.text);
        return;
      case "raw_string":
        this.text += node.text.slice(1, -1);
        return;
      case "ansi_c_string":
        if (/\\[uU]0*[89a-fA-F][0-9a-fA-F]|\\[uU]0*[1-9a-fA-F][0-9a-fA-F]{2}/.test(node.text.replace(/\\\\/g, ""))) {
          this.text += node.text;
          this.dynamic ??= `contains ${node.text}, whose bytes depend on the locale at run time`;
          this.onlyFd = false;
          return;
        }
        this.text += decodeAnsiC(node.text.slice(2, -1));
        return;
      case "string":
      case "translated_string":
        this.addQuoted(node);
        return;
      case "concatenation":
        this.addSpan(node, quoted);
        return;
      case "brace_expression":
        this.brace = true;
        this.text += node.text;
        return;
      default:
        if (node.type in RUN_TIME_PARTS) {
          this.addDynamic(node, quoted);
          return;
        }
        this.text += node.text;
        this.dynamic ??= `unsupported word syntax (${node.type})`;
        this.onlyFd = false;
        this.splits = true;
    }
  }
  /** Children of a concatenation, with any text between them taken as unquoted literal. */
  addSpan(node, quoted) {
    let at = node.startIndex;
    const whole = node.text;
    for (const child of node.children) {
      if (child.startIndex > at) this.addUnquoted(whole.slice(at - node.startIndex, child.startIndex - node.startIndex));
      this.add(child, quoted);
      at = child.endIndex;
    }
    if (node.endIndex > at) this.addUnquoted(whole.slice(at - node.startIndex));
  }
  /** A double-quoted string: literal text between the expansions it holds. */
  addQuoted(node) {
    const whole = node.text;
    const open = whole.startsWith('$"') ? 2 : 1;
    const start = node.startIndex + open;
    const end = node.endIndex - 1;
    let at = start;
    for (const child of node.namedChildren) {
      if (child.type === "string_content") continue;
      if (child.startIndex > at) this.text += unescapeDoubleQuoted(whole.slice(at - node.startIndex, child.startIndex - node.startIndex));
      this.add(child, true);
      at = child.endIndex;
    }
    if (end > at) this.text += unescapeDoubleQuoted(whole.slice(at - node.startIndex, end - node.startIndex));
  }
  build() {
    const expands = this.brace || this.unquotedBraceOpen && /\{[^}]*(,|\.\.)[^}]*\}/.test(this.text) ? "brace" : this.glob ? "glob" : void 0;
    return newWord(this.text, this.dynamic || void 0, this.splits || void 0, expands, this.dynamic && this.onlyFd || void 0);
  }
};
function resolveTouchingWords(nodes) {
  const out = [];
  let previous = null;
  for (const node of nodes) {
    const word = resolveWord(node);
    if (previous && previous.endIndex === node.startIndex && out.length > 0) {
      out[out.length - 1] = joinWords(out[out.length - 1], word);
    } else {
      out.push(word);
    }
    previous = node;
  }
  return out;
}
function joinWords(a, b) {
  const dynamic = a.dynamic ?? b.dynamic;
  const fdPath = dynamic && (a.dynamic === void 0 || a.fdPath) && (b.dynamic === void 0 || b.fdPath) ? true : void 0;
  return newWord(a.text + b.text, dynamic || void 0, a.splits || b.splits || void 0, a.expands ?? b.expands ?? void 0, fdPath);
}
function resolveWord(node) {
  const target2 = node.type === "command_name" && node.namedChildren.length === 1 ? node.namedChildren[0] : node;
  if (PLAIN_LEAVES.has(target2.type)) {
    const raw = target2.text;
    if (!hasUnquotedSpecial(raw)) return newWord(raw);
  }
  const builder = new WordBuilder();
  builder.add(target2, false);
  return builder.build();
}
function unquotedNewline(text) {
  let quote = "";
  let depth = 0;
  let backquote = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\\" && quote !== "'") {
      i++;
      continue;
    }
    if (quote === "'" || quote === "$") {
      if (ch === "'") quote = "";
      continue;
    }
    if (ch === '"') {
      quote = quote === '"' ? "" : '"';
      continue;
    }
    if (quote === '"' && ch !== "$" && ch !== "`") continue;
    if (ch === "'" && quote === "") {
      quote = text[i - 1] === "$" ? "$" : "'";
      continue;
    }
    if (ch === "`") backquote = !backquote;
    else if ((ch === "$" || ch === "<" || ch === ">") && (text[i + 1] === "(" || text[i + 1] === "{")) {
      depth++;
      i++;
    } else if ((ch === ")" || ch === "}") && depth > 0) depth--;
    else if (ch === "\n" && quote === "" && depth === 0 && !backquote) return true;
  }
  return false;
}
var OWN_LINES = /* @__PURE__ */ new Set(["heredoc_redirect", "heredoc_body", "command_substitution", "process_substitution", "subshell"]);
function misreadCommand(node) {
  const source = node.text;
  const base = node.startIndex;
  const lineBreaks = source.includes("\n");
  let at = base;
  for (const child of node.children) {
    if (at > base && child.startIndex > at) {
      const gap = gapBlanks(source, at - base, child.startIndex - base);
      if (gap === LINE_BREAK) return "tree-sitter read a line break inside one command, where bash ends the command";
      if (gap === OTHER) {
        const blanks = source.slice(at - base, child.startIndex - base).replace(/\\\n/g, "");
        return `the words are separated by ${JSON.stringify(blanks)}, which bash does not take as a word break`;
      }
    }
    if (lineBreaks && !OWN_LINES.has(child.type) && unquotedNewline(child.text)) {
      return "tree-sitter read a word across a line break, where bash ends the command";
    }
    at = Math.max(at, child.endIndex);
  }
  return null;
}
var BLANKS = 0;
var LINE_BREAK = 1;
var OTHER = 2;
function gapBlanks(source, from, to) {
  let other = false;
  for (let i = from; i < to; i++) {
    const ch = source[i];
    if (ch === "\\" && i + 1 < to && source[i + 1] === "\n") i++;
    else if (ch === "\n") return LINE_BREAK;
    else if (ch !== " " && ch !== "	") other = true;
  }
  return other ? OTHER : BLANKS;
}
var SPECIAL_PARAMETER = /^[*@#?\-$!_0-9]$/;
function misreadTree(root) {
  const source = root.text;
  const quoteOrBackquote = source.includes("`") || source.includes("'");
  const lineBreak = source.includes("\n");
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    const checks = node.type === "word" ? 0 : NODE_CHECKS.get(node.type) ?? 0;
    if ((checks & SEPARATED) !== 0 && leavesTextOut(node, source, root.startIndex)) {
      return "the parser left text out of the command that bash reads as (part of) a word";
    }
    const children = node.children;
    if (children.length === 0) {
      const from = node.startIndex - root.startIndex;
      const to = node.endIndex - root.startIndex;
      if (!node.isNamed && !spells(source, from, to, node.type) && to > from && !/^\s+$/.test(node.type)) {
        return `tree-sitter read ${JSON.stringify(node.text)} as the token ${JSON.stringify(node.type)}`;
      }
      if (node.type === "word" && quoteOrBackquote && holdsExpansionIn(source, from, to, true)) {
        return `the parser read ${JSON.stringify(node.text)} as plain text, where bash runs the command in its backquotes`;
      }
      if ((node.type === "regex" || node.type === "extglob_pattern") && holdsExpansion(node.text)) {
        return `the parser read ${JSON.stringify(node.text)} as a pattern leaf, where bash expands what it holds (a command may run)`;
      }
      if (node.type === "special_variable_name" && !SPECIAL_PARAMETER.test(node.text)) {
        return `tree-sitter read ${JSON.stringify(node.text)} as a special parameter`;
      }
    }
    if ((checks & OWN_CHECK) !== 0) {
      if ((node.type === "file_redirect" || node.type === "herestring_redirect") && lineBreak && unquotedNewline(node.text)) {
        return "tree-sitter read a redirection across a line break, where bash ends the command";
      }
      if (node.type === "variable_assignment" && node.childForFieldName("value")?.type === "array" && !endsWord(source, node.endIndex - root.startIndex)) {
        return "the parser read an array assignment with text right after its ), which bash reads as one word";
      }
      if (node.type === "command") {
        const descriptor = descriptorWord(node, source, root.startIndex);
        if (descriptor) return `the parser read ${JSON.stringify(descriptor)} right before a redirection as a word, where bash takes it as the redirection's descriptor`;
      }
      if (node.type === "command" && node.children.some((c) => c.type === "regex")) {
        return "tree-sitter read a test operator outside [[ ]] in a command";
      }
      if (node.type === "command_substitution" && node.text.startsWith("`") && node.text.includes("\\`")) {
        return "nested backquotes, whose inner command the analysis does not read";
      }
      if (node.type === "ansi_c_string" && ansiCEnd(node.text) !== node.text.length) {
        return "tree-sitter read an ANSI-C string past the quote where bash closes it";
      }
      if (node.type === "heredoc_redirect") {
        const start = node.children.find((c) => c.type === "heredoc_start");
        const end = node.children.find((c) => c.type === "heredoc_end");
        const delimiter = start?.text.replace(/["'\\]/g, "");
        if (start && end && end.text.trim() !== delimiter) return "tree-sitter ended a here-doc on a line that is not its delimiter";
        if (start && bodyOffLine(node, start, source, root.startIndex)) {
          return "the parser read a line of a here-doc body as words on the line of its <<, where bash reads the body from the next line";
        }
        if (start && !/["'\\]/.test(start.text) && hiddenSubstitution(node, start)) {
          return "a command substitution in an unquoted here-doc body that the parser did not read (bash runs it)";
        }
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return null;
}
var SEPARATED_BY_BLANKS = /* @__PURE__ */ new Set([
  "program",
  "command",
  "list",
  "pipeline",
  "redirected_statement",
  "subshell",
  "compound_statement",
  "do_group",
  "if_statement",
  "elif_clause",
  "else_clause",
  "while_statement",
  "for_statement",
  "c_style_for_statement",
  "case_statement",
  "function_definition",
  "negated_command",
  "declaration_command",
  "unset_command"
]);
var SEPARATED = 1;
var OWN_CHECK = 2;
var NODE_CHECKS = /* @__PURE__ */ new Map();
for (const type of SEPARATED_BY_BLANKS) NODE_CHECKS.set(type, SEPARATED);
for (const type of ["file_redirect", "herestring_redirect", "variable_assignment", "command", "command_substitution", "ansi_c_string", "heredoc_redirect"]) {
  NODE_CHECKS.set(type, (NODE_CHECKS.get(type) ?? 0) | OWN_CHECK);
}
function spells(source, from, to, text) {
  return to - from === text.length && source.startsWith(text, from);
}
function holdsExpansionIn(source, from, to, backquotes = false) {
  for (let i = from; i < to; i++) {
    const code = source.charCodeAt(i);
    if (code === BACKSLASH) i++;
    else if (code === QUOTE) {
      const close = source.indexOf("'", i + 1);
      if (close < 0 || close >= to) return true;
      i = close;
    } else if (code === BACKQUOTE) return true;
    else if (!backquotes && code === DOLLAR && i + 1 < to) {
      const next = source.charCodeAt(i + 1);
      if (next === OPEN_PAREN || next === OPEN_BRACE || next === OPEN_BRACKET) return true;
    }
  }
  return false;
}
var BACKSLASH = 92;
var QUOTE = 39;
var BACKQUOTE = 96;
var DOLLAR = 36;
var OPEN_PAREN = 40;
var OPEN_BRACE = 123;
var OPEN_BRACKET = 91;
function leavesTextOut(node, source, offset) {
  const children = node.children;
  if (children.length === 0) return false;
  let at = node.startIndex;
  for (const child of children) {
    if (child.startIndex > at && !blank(source, at - offset, child.startIndex - offset)) return true;
    if (child.endIndex > at) at = child.endIndex;
  }
  return node.endIndex > at && !blank(source, at - offset, node.endIndex - offset);
}
function blank(source, from, to) {
  for (let i = from; i < to; i++) {
    const ch = source[i];
    if (ch !== " " && ch !== "	" && ch !== "\n") return false;
  }
  return true;
}
function endsWord(source, at) {
  return at >= source.length || " 	\n;&|()<>".includes(source[at]);
}
function holdsExpansion(text, backquotes = false) {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\\") i++;
    else if (ch === "'") {
      const close = text.indexOf("'", i + 1);
      if (close < 0) return true;
      i = close;
    } else if (ch === "`" || !backquotes && ch === "$" && (text[i + 1] === "(" || text[i + 1] === "{" || text[i + 1] === "[")) return true;
  }
  return false;
}
var DESCRIPTOR = /^(?:\d+|\{[A-Za-z_][A-Za-z0-9_]*\})$/;
function descriptorWord(command, source, offset) {
  for (const child of command.children) {
    if (child.type !== "command_name" && child.type !== "word" && child.type !== "number" && child.type !== "concatenation") continue;
    const next = source[child.endIndex - offset];
    if (next !== "<" && next !== ">") continue;
    const text = child.text;
    if (DESCRIPTOR.test(text)) return text;
  }
  return null;
}
function bodyOffLine(redirect, start, source, offset) {
  const body = redirect.children.find((c) => c.type === "heredoc_body" || c.type === "heredoc_end");
  if (!body) return false;
  const stripsTabs = redirect.children.some((c) => c.type === "<<-");
  let lineEnd = body.startIndex - 1;
  while (stripsTabs && lineEnd > start.endIndex && source[lineEnd - offset] === "	") lineEnd--;
  if (lineEnd < start.endIndex || source[lineEnd - offset] !== "\n") return true;
  return unquotedNewline(source.slice(start.endIndex - offset, lineEnd - offset));
}
function wordsInRedirects(redirects) {
  const words2 = [];
  for (const redirect of redirects) {
    if (redirect.type === "file_redirect") {
      const destinations = redirect.childrenForFieldName("destination");
      for (let i = 1; i < destinations.length; i++) words2.push(resolveWord(destinations[i]));
    } else if (redirect.type === "heredoc_redirect") {
      for (const word of resolveTouchingWords(redirect.childrenForFieldName("argument"))) words2.push(word);
    }
  }
  return words2;
}
function ansiCEnd(text) {
  for (let i = 2; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === "'") return i + 1;
  }
  return -1;
}
function hiddenSubstitution(redirect, start) {
  const from = start.endIndex;
  const end = redirect.children.find((c) => c.type === "heredoc_end");
  const body = redirect.text.slice(from - redirect.startIndex, (end?.startIndex ?? redirect.endIndex) - redirect.startIndex);
  const found = [];
  const stack = [...redirect.children];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n.type === "command_substitution") found.push([n.startIndex - from, n.endIndex - from]);
    else stack.push(...n.children);
  }
  for (let i = 0; i < body.length; i++) {
    if (body[i] === "\\") {
      i++;
      continue;
    }
    const opens = body[i] === "`" || body[i] === "$" && body[i + 1] === "(";
    if (opens && !found.some(([a, b]) => i >= a && i < b)) return true;
  }
  return false;
}

// src/shell/open-end.ts
var LITERAL_START = /^[A-Za-z0-9_./:%,=+]/;
function cannotBeOption(word) {
  return !word.splits && LITERAL_START.test(word.text) && !/^[@!+]\(/.test(word.text);
}
function hidesCommands(word) {
  const text = word.text;
  if (/\$\(\s*</.test(text)) return true;
  const braced = text.indexOf("${");
  return braced >= 0 && /`|\$\(|[<>]\(/.test(text.slice(braced + 2));
}
function openEnd(name, args, canonical, allowWords2, extraArgs) {
  const computed = args.filter((a) => isComputed(a) || a.splits === true);
  if (computed.length === 0 && !extraArgs) return null;
  if (computed.some(hidesCommands)) return null;
  const inert = INERT_ARGUMENTS[name];
  if (inert) {
    const first = args.findIndex((a) => isComputed(a) || a.splits === true);
    const known = first < 0 ? args : args.slice(0, first);
    if (first >= 0 && first < inert.firstLiteral) return null;
    if (known.slice(0, inert.firstLiteral).some((a) => a.text.startsWith("-"))) return null;
  } else {
    const subcommands = INERT_OPERANDS[name];
    if (!subcommands || extraArgs) return null;
    if (!subcommands.has(canonical[1] ?? "") || isComputed(args[0] ?? { text: "" })) return null;
    let afterDashes = false;
    for (let i = 0; i < args.length; i++) {
      const word = args[i];
      if (!afterDashes && word.text === "--" && !isComputed(word)) afterDashes = true;
      if (!(isComputed(word) || word.splits)) continue;
      if (afterDashes) continue;
      if (!cannotBeOption(word) || i > 0 && args[i - 1].text.startsWith("-")) return null;
    }
  }
  const firstComputed = computed.length ? canonical.findIndex((w, i) => i > 0 && computed.some((c) => w.includes(c.text))) : -1;
  const end = firstComputed < 0 ? canonical.length : firstComputed;
  if (end <= 1 && !inert) return null;
  return {
    prefix: canonical.slice(0, end).join(" ").replace(/\s+/g, " ").trimStart() + " ",
    allowPrefix: allowWords2.slice(0, end).join(" ").replace(/\s+/g, " ").trimStart() + " "
  };
}

// src/shell/programs/interpreters.ts
var PYTHON = { options: { shortValue: "cmWX", stopAtOperand: true }, noScript: ["c", "m"], versioned: true };
var NODE = {
  options: {
    shortValue: "eprC",
    longValue: ["eval", "print", "require", "import", "loader", "experimental-loader", "env-file", "env-file-if-exists", "conditions", "input-type", "title"],
    stopAtOperand: true
  },
  noScript: ["e", "eval", "p", "print"],
  reads: ["env-file", "env-file-if-exists"],
  loads: ["r", "require", "import", "loader", "experimental-loader"]
};
var RUBY = {
  options: { shortValue: "eCIrEF", longValue: ["encoding", "external-encoding", "internal-encoding", "enable", "disable"], stopAtOperand: true },
  noScript: ["e"],
  loads: ["r"],
  readsOperands: ["n", "p"],
  chdir: ["C"],
  versioned: true
};
var PERL = { options: { shortValue: "eEIMm", stopAtOperand: true }, noScript: ["e", "E"], readsOperands: ["n", "p"], writesOperands: ["i"], versioned: true };
var PHP = { options: { shortValue: "fcdrRBEFzt", stopAtOperand: true }, scriptOption: ["f"], noScript: ["r", "R", "B", "E"], reads: ["c", "F"], versioned: true };
var INTERPRETERS = lookupTable({
  python: PYTHON,
  pypy: PYTHON,
  node: NODE,
  nodejs: NODE,
  ruby: RUBY,
  perl: PERL,
  php: PHP
});
var VIM = { shortValue: "cSuUiTwWstq", longValue: ["cmd"] };
var VIM_NAMES = ["vi", "vim", "view", "ex", "vimdiff", "gvim", "gview", "gvimdiff", "evim", "eview", "rvim", "rview", "rgvim", "rgview", "vim.basic", "vim.tiny", "vim.nox", "vim.gtk3"];
var EDITORS = lookupTable({
  ...Object.fromEntries(VIM_NAMES.map((name) => [name, VIM])),
  nvim: { shortValue: "cSuiwWstq", longValue: ["cmd", "listen", "startuptime", "api-info"] },
  nano: { shortValue: "CoQrsTYf", longValue: ["backupdir", "operatingdir", "quotestr", "fill", "tabsize", "syntax", "rcfile", "guidestripe", "wordchars", "speller"] },
  emacs: { shortValue: "Lldfu", longValue: ["eval", "execute", "load", "funcall", "directory", "user", "script", "chdir", "init-directory"] }
});

// src/shell/programs/side-effects.ts
var GIT = {
  values: [],
  effects: {},
  bySubcommand: {
    difftool: { values: ["x", "extcmd", "t", "tool"], effects: { x: "runs", extcmd: "runs", t: "runs", tool: "runs" } },
    mergetool: { values: ["t", "tool"], effects: { t: "runs", tool: "runs" } },
    clone: {
      values: ["u", "upload-pack", "template", "separate-git-dir", "c", "config", "o", "origin", "b", "branch", "depth", "reference"],
      effects: { u: "runs", "upload-pack": "runs", template: "reads", "separate-git-dir": "writes", reference: "reads" }
    },
    fetch: { values: ["upload-pack", "j", "jobs", "depth", "o", "server-option"], effects: { "upload-pack": "runs" } },
    pull: { values: ["upload-pack", "j", "jobs", "depth", "o", "server-option", "s", "strategy", "X", "strategy-option"], effects: { "upload-pack": "runs" } },
    "ls-remote": { values: ["upload-pack", "o", "server-option"], effects: { "upload-pack": "runs" } },
    archive: { values: ["exec", "remote", "o", "output", "prefix", "format"], effects: { exec: "runs", o: "writes", output: "writes", remote: "reaches" } },
    push: { values: ["receive-pack", "exec", "repo", "o", "push-option"], effects: { "receive-pack": "runs", exec: "runs", repo: "reaches" } },
    "send-pack": { values: ["receive-pack", "exec"], effects: { "receive-pack": "runs", exec: "runs" } },
    rebase: { values: ["x", "exec", "onto", "s", "strategy", "X", "strategy-option"], effects: { x: "runs", exec: "runs" } },
    diff: { values: ["output", "O", "S", "G", "diff-filter", "relative", "U", "unified"], effects: { output: "writes", O: "reads" } },
    log: { values: ["output", "O", "S", "G", "n", "max-count", "author", "grep", "since", "until", "format", "pretty"], effects: { output: "writes", O: "reads" } },
    show: { values: ["output", "O", "S", "G", "format", "pretty"], effects: { output: "writes", O: "reads" } },
    "format-patch": { values: ["o", "output-directory", "O"], effects: { o: "writes-under", "output-directory": "writes-under", O: "reads" } },
    init: { values: ["template", "separate-git-dir", "b", "initial-branch"], effects: { template: "reads", "separate-git-dir": "writes" } },
    commit: { values: ["F", "file", "t", "template", "m", "message", "c", "C", "author", "date"], effects: { F: "reads", file: "reads", t: "reads", template: "reads" } },
    tag: { values: ["F", "file", "m", "message", "u", "local-user"], effects: { F: "reads", file: "reads" } },
    status: { values: [], effects: {} },
    clean: { values: ["e", "exclude"], effects: {} }
  },
  globalValues: ["C", "c", "git-dir", "work-tree", "namespace", "config-env", "exec-path", "super-prefix"]
};
var KUBECTL2 = {
  values: [
    "s",
    "f",
    "k",
    "o",
    "n",
    "l",
    "c",
    "from-file",
    "from-env-file",
    "filename",
    "kustomize",
    "kubeconfig",
    "server",
    "certificate-authority",
    "client-certificate",
    "client-key",
    "output",
    "token-file",
    "cache-dir",
    "template",
    "profile",
    "profile-output",
    "namespace",
    "selector",
    "container"
  ],
  filePrefixes: ["go-template-file=", "jsonpath-file=", "templatefile=", "custom-columns-file="],
  effects: {
    "from-file": "reads",
    "from-env-file": "reads",
    filename: "reads",
    f: "reads",
    kustomize: "reads",
    k: "reads",
    kubeconfig: "reads",
    server: "reaches",
    s: "reaches",
    "certificate-authority": "reads",
    "client-certificate": "reads",
    "client-key": "reads",
    "token-file": "reads",
    "cache-dir": "writes",
    "profile-output": "writes"
  }
};
var HELM2 = {
  values: [
    "f",
    "post-renderer",
    "set-file",
    "values",
    "kubeconfig",
    "kube-apiserver",
    "repo",
    "kube-ca-file",
    "registry-config",
    "repository-config",
    "output-dir",
    "ca-file",
    "cert-file",
    "key-file",
    "keyring",
    "n",
    "namespace",
    "version",
    "o",
    "output"
  ],
  effects: {
    "post-renderer": "runs",
    "set-file": "reads",
    values: "reads-input",
    f: "reads-input",
    kubeconfig: "reads",
    "kube-apiserver": "reaches",
    repo: "reaches",
    "kube-ca-file": "reads",
    "registry-config": "reads",
    "repository-config": "reads",
    "output-dir": "writes-under",
    "ca-file": "reads",
    "cert-file": "reads",
    "key-file": "reads",
    keyring: "reads"
  },
  // A chart reference may be a URL or an oci:// ref: helm pulls it first, dry run or not.
  urlOperands: true,
  keyedFiles: ["set-file"]
};
var TERRAFORM2 = {
  values: ["var-file", "backend-config", "state", "state-out", "out", "backup", "plugin-dir", "generate-config-out", "from-module"],
  effects: {
    "var-file": "reads-input",
    "backend-config": "reads-input",
    state: "reads",
    "state-out": "writes",
    out: "writes-output",
    backup: "writes",
    "plugin-dir": "runs",
    "generate-config-out": "writes",
    "from-module": "copies-in"
  },
  settingOrFile: ["backend-config"],
  singleDash: true
};
var AWS2 = {
  values: ["endpoint-url", "ca-bundle", "cli-input-json", "cli-input-yaml"],
  effects: { "endpoint-url": "reaches", "ca-bundle": "reads" },
  filePrefixes: ["file://", "fileb://"]
};
var VAULT2 = {
  values: ["address", "ca-cert", "client-cert", "client-key"],
  effects: { address: "reaches", "ca-cert": "reads", "client-cert": "reads", "client-key": "reads" },
  singleDash: true,
  filePrefixes: ["@"]
};
var SSH_LIKE = {
  values: ["o", "F", "i", "J", "S", "E", "l", "p", "P", "c", "L", "R", "D", "W", "b", "B", "e", "m", "Q", "w", "I"],
  // -o ProxyCommand=… / LocalCommand=… are handled as values of `o` below (see optionValueEffect).
  effects: { F: "reads", i: "reads", E: "writes", S: "writes" }
};
var RSYNC = {
  values: ["e", "rsh", "rsync-path", "log-file", "files-from", "exclude-from", "include-from", "password-file", "f", "filter", "B", "T", "M", "temp-dir", "backup-dir", "partial-dir"],
  effects: { e: "runs", rsh: "runs", "rsync-path": "runs", "log-file": "writes", "files-from": "reads", "exclude-from": "reads", "include-from": "reads", "password-file": "reads" }
};
var TAR = {
  values: ["checkpoint-action", "to-command", "use-compress-program", "I", "info-script", "F", "new-volume-script", "rsh-command", "f", "file", "C", "directory", "T", "files-from", "X", "exclude-from", "index-file", "volno-file"],
  effects: {
    "checkpoint-action": "runs",
    "to-command": "runs",
    "use-compress-program": "runs",
    I: "runs",
    "info-script": "runs",
    F: "runs",
    "new-volume-script": "runs",
    "rsh-command": "runs",
    T: "reads",
    "files-from": "reads",
    X: "reads",
    "exclude-from": "reads",
    "index-file": "writes",
    "volno-file": "writes"
  }
};
var ZIP = {
  values: ["TT", "unzip-command", "b", "n", "P", "password", "i", "x", "O", "output-file"],
  effects: { TT: "runs", "unzip-command": "runs", O: "writes", "output-file": "writes" }
};
var MAKE = {
  values: ["eval", "E", "f", "file", "makefile", "C", "directory", "I", "include-dir", "o", "W", "j", "l"],
  effects: { eval: "runs", E: "runs", f: "runs", file: "runs", makefile: "runs", I: "reads", "include-dir": "reads" }
};
var FIND = {
  values: ["fprintf", "fprint", "fprint0", "fls", "exec", "execdir", "ok", "okdir", "newer", "name", "path", "type", "maxdepth", "mindepth", "iname", "regex", "perm", "size", "mtime", "user", "group", "files0-from"],
  // -files0-from FILE: the names to visit, read from FILE (and echoed back in errors, so its content is shown).
  effects: { fprintf: "writes", fprint: "writes", fprint0: "writes", fls: "writes", delete: "writes-operands", "files0-from": "reads" },
  singleDash: true
};
var TIME = { values: ["o", "output", "f", "format"], effects: { o: "writes", output: "writes" }, stopAtOperand: true };
var STRACE = { values: ["o", "e", "p", "s", "u", "E", "I", "P", "X", "a", "b", "O", "S"], effects: { o: "writes" }, stopAtOperand: true };
var CURL_EXTRA = {
  values: ["F", "form", "data-urlencode", "K", "config"],
  effects: { K: "runs", config: "runs" }
};
var WGET_EXTRA = {
  values: ["e", "execute", "config"],
  effects: { e: "runs", execute: "runs", config: "runs" }
};
var OPENSSL = {
  values: [
    "in",
    "out",
    "inkey",
    "key",
    "cert",
    "CAfile",
    "CApath",
    "CAkey",
    "CAserial",
    "certfile",
    "signkey",
    "config",
    "keyout",
    "passin",
    "passout",
    "kfile",
    "rand",
    "writerand",
    "signature",
    "sigfile",
    "sess_in",
    "sess_out",
    "keylogfile",
    "msgfile",
    "connect",
    "proxy",
    "url",
    "engine",
    "provider",
    "provider-path",
    "extfile",
    "CRLfile",
    "untrusted",
    "trusted",
    "chainCAfile",
    "verifyCAfile",
    "dhparam",
    "pass",
    "inform",
    "outform",
    "keyform",
    "name",
    "subj",
    "days",
    "newkey",
    "pkeyopt",
    "md",
    "cipher",
    "servername",
    "nameopt",
    "certopt",
    "set_serial",
    "extensions",
    "reqexts",
    "section"
  ],
  effects: {
    in: "reads",
    inkey: "reads",
    key: "reads",
    cert: "reads",
    CAfile: "reads",
    CApath: "reads",
    CAkey: "reads",
    CAserial: "reads",
    certfile: "reads",
    signkey: "reads",
    config: "reads",
    kfile: "reads",
    rand: "reads",
    signature: "reads",
    sigfile: "reads",
    sess_in: "reads",
    extfile: "reads",
    CRLfile: "reads",
    untrusted: "reads",
    trusted: "reads",
    chainCAfile: "reads",
    verifyCAfile: "reads",
    dhparam: "reads",
    out: "writes",
    keyout: "writes",
    writerand: "writes",
    sess_out: "writes",
    keylogfile: "writes",
    msgfile: "writes",
    connect: "reaches",
    proxy: "reaches",
    url: "reaches",
    // An engine or a provider module is a shared library openssl loads and runs.
    engine: "runs",
    "provider-path": "runs"
  },
  singleDash: true,
  filePrefixes: ["file:"]
};
var SPLIT = {
  values: ["filter", "a", "b", "C", "l", "n", "t", "suffix-length", "additional-suffix", "bytes", "line-bytes", "lines", "number", "separator"],
  effects: { filter: "runs" }
};
var INSTALL = { values: ["m", "o", "g", "S", "t", "mode", "owner", "group", "suffix", "target-directory", "strip-program"], effects: { "strip-program": "runs" } };
var VIM2 = {
  values: ["c", "S", "u", "U", "i", "T", "w", "W", "s", "t", "q", "cmd"],
  effects: { c: "runs", cmd: "runs", S: "runs", s: "runs", u: "runs", U: "runs", W: "writes", q: "reads" }
};
var NANO = {
  values: ["C", "o", "Q", "r", "s", "T", "Y", "f", "backupdir", "operatingdir", "quotestr", "fill", "tabsize", "syntax", "rcfile", "guidestripe", "wordchars", "speller"],
  // A nanorc can name a speller program.
  effects: { speller: "runs", s: "runs", rcfile: "runs", f: "runs", C: "writes", backupdir: "writes" }
};
var EMACS = {
  values: ["eval", "execute", "load", "funcall", "directory", "user", "script", "chdir", "init-directory", "L", "l", "d", "f", "u"],
  effects: { eval: "runs", execute: "runs", load: "runs", l: "runs", funcall: "runs", f: "runs", script: "runs", user: "runs", u: "runs", "init-directory": "runs" },
  singleDash: true
};
var SIDE_EFFECTS = lookupTable({
  git: GIT,
  kubectl: KUBECTL2,
  helm: HELM2,
  terraform: TERRAFORM2,
  tofu: TERRAFORM2,
  aws: AWS2,
  vault: VAULT2,
  ssh: SSH_LIKE,
  scp: SSH_LIKE,
  sftp: SSH_LIKE,
  rsync: RSYNC,
  tar: TAR,
  zip: ZIP,
  make: MAKE,
  gmake: MAKE,
  find: FIND,
  time: TIME,
  strace: STRACE,
  ltrace: STRACE,
  curl: CURL_EXTRA,
  wget: WGET_EXTRA,
  openssl: OPENSSL,
  split: SPLIT,
  install: INSTALL,
  ...Object.fromEntries(VIM_NAMES.map((name) => [name, VIM2])),
  nvim: VIM2,
  nano: NANO,
  emacs: EMACS
});
var OPENSSL_PROVIDERS = /* @__PURE__ */ new Set(["default", "legacy", "fips", "base", "null"]);
function optionValueRuns(program, option, value) {
  if ((program === "ssh" || program === "scp" || program === "sftp" || program === "rsync") && option === "o") {
    return /^\s*(ProxyCommand|LocalCommand|KnownHostsCommand|PermitLocalCommand|Match|RemoteCommand)\b/i.test(value);
  }
  if (program === "curl" && (option === "F" || option === "form")) return false;
  if (program === "openssl" && option === "provider") return !OPENSSL_PROVIDERS.has(value);
  return false;
}
var RUNS_ITS_ARGUMENTS = lookupTable({
  taskset: "taskset runs the command in its arguments",
  chrt: "chrt runs the command in its arguments",
  "systemd-run": "systemd-run runs the command in its arguments as a unit",
  unbuffer: "unbuffer runs the command in its arguments",
  nsenter: "nsenter runs a command in other namespaces",
  unshare: "unshare runs a command in new namespaces",
  script: "script runs a shell or the -c command",
  parallel: "parallel runs commands built from its arguments and input",
  "aws-vault": "aws-vault exec runs a command with credentials",
  npx: "npx downloads and runs a package",
  pnpx: "pnpx downloads and runs a package",
  bunx: "bunx downloads and runs a package",
  firejail: "firejail runs the command in its arguments",
  proxychains: "proxychains runs the command in its arguments",
  proxychains4: "proxychains runs the command in its arguments",
  torsocks: "torsocks runs the command in its arguments",
  expect: "expect runs a script",
  caffeinate: "caffeinate runs the command in its arguments",
  "xvfb-run": "xvfb-run runs the command in its arguments",
  sg: "sg runs a command as another group",
  "start-stop-daemon": "start-stop-daemon runs a program",
  entr: "entr runs a command when files change"
});
var RUNS_CODE_PROGRAMS = /* @__PURE__ */ new Set(["docker", "podman", "nerdctl", "go", "cargo", "deno", "bun", "npm", "pnpm", "yarn"]);
function runsCodeSubcommand(program, args) {
  if (!RUNS_CODE_PROGRAMS.has(program)) return null;
  const first = args.find((a) => !a.startsWith("-"));
  if ((program === "docker" || program === "podman" || program === "nerdctl") && (first === "run" || first === "create")) {
    return `${program} ${first} runs a container's command`;
  }
  if ((program === "go" || program === "cargo" || program === "deno" || program === "bun") && first === "run") return `${program} run runs code`;
  if ((program === "npm" || program === "pnpm" || program === "yarn") && (first === "exec" || first === "x" || first === "dlx")) return `${program} ${first} runs a package`;
  return null;
}

// src/shell/programs/compressors.ts
var GZIP = {
  options: { shortValue: "S", longValue: ["suffix"] },
  suffixes: [".gz", "-gz", ".z", "-z", "_z"],
  renamed: { ".tgz": ".tar", ".taz": ".tar" },
  removesInput: true,
  decompress: ["d", "decompress", "uncompress"],
  compress: [],
  stdout: ["c", "stdout", "to-stdout"],
  readOnly: ["t", "test", "l", "list"],
  keep: ["k", "keep"],
  recursive: ["r", "recursive"],
  suffix: ["S", "suffix"],
  restoresName: ["N", "name"]
};
var BZIP2 = {
  options: {},
  suffixes: [".bz2", ".bz"],
  renamed: { ".tbz2": ".tar", ".tbz": ".tar" },
  unknownSuffix: ".out",
  removesInput: true,
  decompress: ["d", "decompress"],
  compress: ["z", "compress"],
  stdout: ["c", "stdout"],
  readOnly: ["t", "test"],
  keep: ["k", "keep"],
  recursive: []
};
var XZ = {
  options: { shortValue: "STFCM", longValue: ["suffix", "threads", "format", "check", "memlimit", "memlimit-compress", "memlimit-decompress", "files", "files0", "block-size", "block-list", "flush-timeout", "filters", "lzma1", "lzma2"] },
  suffixes: [".xz", ".lzma"],
  renamed: { ".txz": ".tar", ".tlz": ".tar" },
  removesInput: true,
  decompress: ["d", "decompress", "uncompress"],
  compress: ["z", "compress"],
  stdout: ["c", "stdout", "to-stdout"],
  readOnly: ["t", "test", "l", "list"],
  keep: ["k", "keep"],
  recursive: [],
  suffix: ["S", "suffix"],
  fileList: ["files", "files0"]
};
var ZSTD = {
  options: { shortValue: "oDTBM", longValue: ["output-dir-flat", "output-dir-mirror", "filelist", "trace", "patch-from", "memory", "threads", "format", "size-hint", "stream-size", "target-compressed-block-size", "maxdict", "dictID", "exclude-compressed"] },
  suffixes: [".zst", ".zstd", ".gz", ".xz", ".lzma", ".lz4"],
  renamed: { ".tzst": ".tar", ".tgz": ".tar", ".txz": ".tar", ".tlz4": ".tar" },
  removesInput: false,
  decompress: ["d", "decompress", "uncompress"],
  compress: ["z", "compress"],
  stdout: ["c", "stdout"],
  readOnly: ["t", "test", "l", "list"],
  keep: ["k", "keep"],
  remove: ["rm"],
  recursive: ["r"],
  output: ["o"],
  outputDir: ["output-dir-flat"],
  outputMirror: ["output-dir-mirror"],
  fileList: ["filelist"],
  reads: ["D", "patch-from"],
  writes: ["trace"]
};
var LZ4 = {
  options: { shortValue: "DB", longValue: ["dictionary"] },
  suffixes: [".lz4"],
  removesInput: false,
  decompress: ["d", "decompress", "uncompress"],
  compress: ["z", "compress"],
  stdout: ["c", "stdout", "to-stdout"],
  readOnly: ["t", "test", "list"],
  keep: ["k", "keep"],
  remove: ["rm"],
  recursive: ["r"],
  reads: ["D", "dictionary"],
  secondOperandIsOutput: { unless: ["m", "multiple", "r"] }
};
var COMPRESSORS = lookupTable({
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
  unlz4: { ...LZ4, decompresses: true }
});

// src/shell/programs/recursive-reads.ts
var RECURSIVE_READERS = lookupTable({
  grep: {
    recursive: ["r", "R", "recursive", "dereference-recursive"],
    lastMatchWins: true,
    include: ["include"],
    exclude: ["exclude"],
    excludeDir: ["exclude-dir"],
    follows: ["R", "dereference-recursive"]
  },
  rg: {
    recursive: "always",
    globs: ["g", "glob", "iglob"],
    types: ["t", "type"],
    typesNot: ["T", "type-not"],
    hiddenUnless: [{ option: "hidden" }, { option: "." }, { option: "u", times: 2 }, { option: "unrestricted", times: 2 }],
    follows: ["L", "follow"]
  },
  ag: {
    recursive: "always",
    excludeBoth: ["ignore"],
    hiddenUnless: [{ option: "hidden" }, { option: "u" }, { option: "unrestricted" }, { option: "a" }, { option: "all-types" }],
    follows: ["f", "follow"]
  },
  cp: { recursive: ["r", "R", "recursive", "a", "archive"], follows: ["L", "dereference"] },
  // OpenSSH scp follows the links it meets in the tree.
  scp: { recursive: ["r"], follows: "always" },
  rsync: {
    recursive: ["r", "recursive", "a", "archive"],
    excludeBoth: ["exclude"],
    excludesIgnoredWith: ["include", "include-from", "filter", "f", "F"],
    follows: ["L", "copy-links", "copy-unsafe-links", "k", "copy-dirlinks"]
  },
  tar: { recursive: "always", excludeBoth: ["exclude"], follows: ["h", "dereference"] },
  zip: {
    recursive: ["r", "recurse-paths", "R", "recurse-patterns"],
    include: ["i", "include"],
    exclude: ["x", "exclude"],
    wholePathGlobs: true,
    follows: "always",
    followsUnless: ["y", "symlinks"]
  },
  diff: { recursive: ["r", "recursive"], excludeBoth: ["x", "exclude"], follows: "always", followsUnless: ["no-dereference"] }
});
RECURSIVE_READERS.egrep = RECURSIVE_READERS.grep;
RECURSIVE_READERS.fgrep = RECURSIVE_READERS.grep;
var FILE_TYPES = lookupTable({
  tf: ["*.tf", "*.tfvars", "*.tf.json"],
  terraform: ["*.tf", "*.tfvars", "*.tf.json"],
  yaml: ["*.yaml", "*.yml"],
  json: ["*.json", "*.jsonl", "*.json5", "*.sarif"],
  md: ["*.markdown", "*.md", "*.mdown", "*.mdwn", "*.mkd", "*.mkdn", "*.mdx", "*.ron"],
  markdown: ["*.markdown", "*.md", "*.mdown", "*.mdwn", "*.mkd", "*.mkdn", "*.mdx", "*.ron"],
  py: ["*.py", "*.pyi"],
  js: ["*.js", "*.jsx", "*.mjs", "*.cjs", "*.vue"],
  ts: ["*.ts", "*.tsx", "*.cts", "*.mts"],
  go: ["*.go"],
  rust: ["*.rs"],
  sh: ["*.sh", "*.bash", "*.zsh", "*.ksh", "*.csh", ".bashrc", ".bash_profile", ".bash_login", ".profile", ".zshrc", ".zshenv", ".zprofile", ".kshrc", ".cshrc", ".login", ".logout"],
  docker: ["*Dockerfile*", "*dockerfile*"],
  make: ["*.mak", "*.mk", "GNUmakefile", "Gnumakefile", "Makefile", "gnumakefile", "makefile"]
});
function count(parsed, name) {
  let n = 0;
  for (const o of parsed.options) if (o.name === name) n++;
  return n;
}
function given(parsed, names2) {
  if (!names2) return false;
  for (const o of parsed.options) if (names2.includes(o.name)) return true;
  return false;
}
var NO_VALUES = Object.freeze([]);
function values(parsed, names2) {
  if (!names2) return NO_VALUES;
  let out = NO_VALUES;
  for (const o of parsed.options) {
    if (!names2.includes(o.name) || !o.value || o.value.dynamic || o.value.expands) continue;
    if (out === NO_VALUES) out = [];
    out.push(o.value.text);
  }
  return out;
}
function computedValue(parsed, names2) {
  if (!names2) return false;
  for (const o of parsed.options) if (names2.includes(o.name) && o.value && (o.value.dynamic !== void 0 || o.value.expands !== void 0)) return true;
  return false;
}
function baseNameGlob(glob) {
  return glob !== "" && !glob.includes("/");
}
function wholePath(reader, glob) {
  return reader.wholePathGlobs ? /^\*[^/*?[]*$|^\*\.[^/]*$/.test(glob) && !glob.includes("/") : baseNameGlob(glob);
}
function isInclude(reader, name) {
  return reader.include?.includes(name) ?? false;
}
function includeAfter(reader, options, at) {
  for (let i = at + 1; i < options.length; i++) if (isInclude(reader, options[i].name)) return true;
  return false;
}
function recursiveFilters(program, parsed) {
  const reader = RECURSIVE_READERS[program];
  if (!reader) return null;
  const recursive = reader.recursive === "always" || given(parsed, reader.recursive) || (program === "grep" || program === "egrep" || program === "fgrep" ? parsed.options.some((o) => (o.name === "d" || o.name === "directories") && o.value?.text === "recurse") : false);
  if (!recursive) return null;
  const filters = {};
  const include = [];
  let includeKnown = true;
  const exclude = [];
  const excludeDir = [];
  let filterOptions = null;
  for (const o of parsed.options) if (isInclude(reader, o.name) || (reader.exclude?.includes(o.name) ?? false)) (filterOptions ??= []).push(o);
  const includesNarrow = !reader.lastMatchWins || filterOptions !== null && isInclude(reader, filterOptions[0].name);
  for (const glob of values(parsed, reader.include)) {
    if (wholePath(reader, glob)) include.push(glob);
    else includeKnown = false;
  }
  if (computedValue(parsed, reader.include)) includeKnown = false;
  if (!includesNarrow) includeKnown = false;
  if (filterOptions) {
    for (let at = 0; at < filterOptions.length; at++) {
      const option = filterOptions[at];
      if (isInclude(reader, option.name) || !option.value || option.value.dynamic || option.value.expands) continue;
      if (reader.lastMatchWins && includeAfter(reader, filterOptions, at)) continue;
      if (wholePath(reader, option.value.text)) exclude.push(option.value.text);
    }
  }
  for (const glob of values(parsed, reader.excludeDir)) if (baseNameGlob(glob.replace(/\/+$/, ""))) excludeDir.push(glob.replace(/\/+$/, ""));
  const excludesCount = !given(parsed, reader.excludesIgnoredWith);
  if (excludesCount) {
    for (const glob of values(parsed, reader.excludeBoth)) {
      const dirOnly = glob.endsWith("/");
      const name = glob.replace(/\/+$/, "");
      if (!baseNameGlob(name)) continue;
      excludeDir.push(name);
      if (!dirOnly) exclude.push(name);
    }
  }
  const globs = values(parsed, reader.globs);
  for (const [at, glob] of globs.entries()) {
    if (glob.startsWith("!")) {
      const name = glob.slice(1).replace(/\/+$/, "");
      if (globs.slice(at + 1).some((later) => !later.startsWith("!"))) continue;
      if (baseNameGlob(name)) {
        excludeDir.push(name);
        if (!glob.endsWith("/")) exclude.push(name);
      }
    } else if (baseNameGlob(glob)) include.push(glob);
    else includeKnown = false;
  }
  if (computedValue(parsed, reader.globs)) includeKnown = false;
  for (const type of values(parsed, reader.types)) {
    const globs2 = FILE_TYPES[type];
    if (globs2) include.push(...globs2);
    else includeKnown = false;
  }
  if (computedValue(parsed, reader.types)) includeKnown = false;
  for (const type of values(parsed, reader.typesNot)) exclude.push(...FILE_TYPES[type] ?? []);
  if (include.length && includeKnown) filters.include = include;
  if (exclude.length) filters.exclude = exclude;
  if (excludeDir.length) filters.excludeDir = excludeDir;
  if (reader.hiddenUnless && !reader.hiddenUnless.some((h) => count(parsed, h.option) >= (h.times ?? 1))) filters.skipsHidden = true;
  const follows = reader.follows === "always" || given(parsed, reader.follows);
  if (follows && !given(parsed, reader.followsUnless)) filters.followsLinks = true;
  return filters;
}

// src/shell/working-directory.ts
var import_node_path = __toESM(require_path(), 1);
var REPOSITORY_ROOT = Object.freeze({ path: "." });
function isOutsideDirectory(dir) {
  return "unknown" in dir || dir.path.startsWith("/") || dir.path.startsWith("~") || dir.path === ".." || dir.path.startsWith("../");
}
var HOME_PREFIX = /^(?:\$HOME|\$\{HOME\})(?=\/|$)/;
function homeRelative(word) {
  if (!word.dynamic || word.expands || word.fdPath) return null;
  const m = HOME_PREFIX.exec(word.text);
  if (!m) return null;
  const rest = word.text.slice(m[0].length);
  if (/[$`]/.test(rest)) return null;
  return "~" + rest;
}
function normalizeHomePath(path) {
  const slash = path.indexOf("/");
  const head = slash < 0 ? path : path.slice(0, slash);
  const rest = slash < 0 ? "" : path.slice(slash + 1);
  if (rest === "") return head;
  const normal = import_node_path.posix.normalize(rest).replace(/\/$/, "");
  return normal === "." ? head : `${head}/${normal}`;
}
function resolveIn(dir, path) {
  if (path.startsWith("/")) return { path: import_node_path.posix.normalize(path).replace(/(.)\/$/, "$1") };
  if (path.startsWith("~")) return { path: normalizeHomePath(path) };
  if ("unknown" in dir) return dir;
  if (path === "" || path === ".") return dir;
  if (isPlainRelative(path) && (dir.path === "." || isPlainRelative(dir.path))) return { path: dir.path === "." ? path : `${dir.path}/${path}` };
  if (dir.path.startsWith("/")) return { path: import_node_path.posix.normalize(import_node_path.posix.join(dir.path, path)).replace(/(.)\/$/, "$1") };
  if (dir.path.startsWith("~")) return { path: normalizeHomePath(`${dir.path}/${path}`) };
  const joined = import_node_path.posix.normalize(import_node_path.posix.join(dir.path, path)).replace(/(.)\/$/, "$1");
  return { path: joined };
}
var SLASH2 = 47;
var PERIOD = 46;
function isPlainRelative(path) {
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && path.charCodeAt(i) !== SLASH2) continue;
    const length = i - start;
    if (length === 0) return false;
    if (path.charCodeAt(start) === PERIOD && (length === 1 || length === 2 && path.charCodeAt(start + 1) === PERIOD)) return false;
    start = i + 1;
  }
  return true;
}
function pathFrom(dir, path) {
  if (path.startsWith("/") || path.startsWith("~")) return path;
  if ("unknown" in dir) return null;
  if (dir.path === ".") return path;
  if (path === "." || path === "./") return dir.path;
  return `${dir.path}/${path}`;
}
function sameDirectory(a, b) {
  return "unknown" in a ? "unknown" in b && a.unknown === b.unknown : "path" in b && a.path === b.path;
}
var INHERITED_OLDPWD = Object.freeze({ unknown: "$OLDPWD is inherited from the environment" });
function startingPlace(cwd = REPOSITORY_ROOT) {
  return { cwd, old: INHERITED_OLDPWD, stack: [] };
}
var MAX_PLACES = 8;
function samePlace(a, b) {
  if (a === b) return true;
  if (!sameDirectory(a.cwd, b.cwd) || !sameDirectory(a.old, b.old)) return false;
  if (!a.cdpath !== !b.cdpath || !a.home !== !b.home || a.stack.length !== b.stack.length) return false;
  for (let i = 0; i < a.stack.length; i++) if (!sameDirectory(a.stack[i], b.stack[i])) return false;
  return true;
}
function includesPlace(places, place) {
  for (const known of places) if (samePlace(known, place)) return true;
  return false;
}
function unite(...lists) {
  const first = lists[0];
  if (first.length === 1 && onlyPlace(first[0], lists)) return first;
  const places = [];
  for (const list of lists) for (const place of list) if (!includesPlace(places, place)) places.push(place);
  if (places.length <= MAX_PLACES) return places;
  return [startingPlace({ unknown: `the script may be in more than ${MAX_PLACES} folders here` })];
}
function onlyPlace(place, lists) {
  for (const list of lists) for (const other of list) if (!samePlace(place, other)) return false;
  return true;
}
function samePlaces(a, b) {
  if (a.length !== b.length) return false;
  for (const place of b) if (!includesPlace(a, place)) return false;
  return true;
}
function withUnknown(places, reason) {
  return unite(places, places.map((p) => ({ ...p, cwd: { unknown: reason }, stack: [] })));
}
function both(places) {
  return { ok: places, fail: places };
}
var NO_MOVES = /* @__PURE__ */ new Map();
function directoriesOf(root, initial) {
  if (!mayMove(root.text)) return NO_MOVES;
  const walker = new DirectoryWalker();
  walker.sequence(root.namedChildren, initial);
  return walker.at;
}
var STATEMENTS = /* @__PURE__ */ new Set([
  "command",
  "list",
  "pipeline",
  "subshell",
  "compound_statement",
  "if_statement",
  "while_statement",
  "for_statement",
  "c_style_for_statement",
  "case_statement",
  "function_definition",
  "negated_command",
  "redirected_statement",
  "variable_assignment",
  "variable_assignments",
  "declaration_command",
  "unset_command",
  "test_command",
  "do_group"
]);
var SUBSTITUTIONS = /* @__PURE__ */ new Set(["command_substitution", "process_substitution"]);
var MAY_MOVE = /[\\'"$`]|^(cd|pushd|popd|eval|source|\.|trap|command|builtin|time|exit|true|false|:|alias|shopt)$/;
var MOVER_WORDS = ["cd", "pushd", "popd", "eval", "source", "trap", "alias", "shopt", "cdable_vars"];
var LONGEST_MOVER = Math.max(...MOVER_WORDS.map((word) => word.length));
var COMMAND_FOLLOWS_WORDS = ["then", "do", "else", "elif", "if", "while", "until", "time", "builtin", "command"];
var COMMAND_FOLLOWS = new Set(COMMAND_FOLLOWS_WORDS);
var MOVING_TEXT = /CDPATH|OLDPWD|HOME|function|\\[0-7xuUc]|\(\s*\)/;
function mayMove(source) {
  if (MOVING_TEXT.test(source)) return true;
  let commandStart = true;
  let i = 0;
  while (i < source.length) {
    const code = source.charCodeAt(i);
    if (isOperator(code)) {
      while (i < source.length && isOperator(source.charCodeAt(i))) i++;
      commandStart = true;
      continue;
    }
    if (isBlank(code)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < source.length) {
      const next = source.charCodeAt(i);
      if (next < 128 ? ENDS_WORD[next] === 1 : isBlank(next)) break;
      i++;
    }
    if (i - start === 1 && (code === OPEN_BRACE2 || code === CLOSE_BRACE)) {
      commandStart = true;
      continue;
    }
    if (startsWithMover(source, start, i)) return true;
    if (commandStart && (code === DOT2 || code === DOLLAR2 || hasGlob(source, start, i))) return true;
    if (!(commandStart && isAssignment(source, start, i))) {
      commandStart = i - start <= 7 && code < 128 && BEGINS_COMMAND_FOLLOWS[code] === 1 && isCommandFollows(source, start, i);
    }
  }
  return false;
}
var OPEN_BRACE2 = 123;
var CLOSE_BRACE = 125;
var DOT2 = 46;
var DOLLAR2 = 36;
var ENDS_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) if (isOperator(code) || isBlank(code)) ENDS_WORD[code] = 1;
function isCommandFollows(source, start, end) {
  for (const word of COMMAND_FOLLOWS_WORDS) if (word.length === end - start && source.startsWith(word, start)) return true;
  return false;
}
function isOperator(code) {
  return code === 59 || code === 38 || code === 124 || code === 40 || code === 41 || code === 33 || code === 96 || code === 10;
}
function isBlank(code) {
  if (code < 128) return code === 32 || code >= 9 && code <= 13;
  return code === 160 || code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279;
}
function hasGlob(source, start, end) {
  for (let i = start; i < end; i++) {
    const code = source.charCodeAt(i);
    if (code === 42 || code === 63 || code === 91) return true;
  }
  return false;
}
function isAssignment(source, start, end) {
  for (let i = start; i < end; i++) {
    const code = source.charCodeAt(i);
    if (code === 61) return i > start;
    if (!isNameStart(code) && (i === start || code < 48 || code > 57)) return false;
  }
  return false;
}
var cleaned = new Uint16Array(LONGEST_MOVER);
var MAY_BEGIN_MOVER = new Uint8Array(128);
for (const word of MOVER_WORDS) MAY_BEGIN_MOVER[word.charCodeAt(0)] = 1;
for (const ch of `$\\'"{}`) MAY_BEGIN_MOVER[ch.charCodeAt(0)] = 1;
var BEGINS_COMMAND_FOLLOWS = new Uint8Array(128);
for (const word of COMMAND_FOLLOWS) BEGINS_COMMAND_FOLLOWS[word.charCodeAt(0)] = 1;
function startsWithMover(source, start, end) {
  const first = source.charCodeAt(start);
  if (first >= 128 || MAY_BEGIN_MOVER[first] === 0) return false;
  let length = 0;
  let i = start;
  while (i < end && length < LONGEST_MOVER) {
    const ch = source[i];
    if (ch === "$") {
      const next = i + 1 < end ? source[i + 1] : "";
      const close = next === "{" ? source.indexOf("}", i + 2) : -1;
      if (close >= 0 && close < end) i = close + 1;
      else if (isNameStart(i + 1 < end ? source.charCodeAt(i + 1) : -1)) {
        i += 2;
        while (i < end && isNameCharacter(source.charCodeAt(i))) i++;
      } else if (next !== "" && SPECIAL_PARAMETERS.includes(next)) i += 2;
      else i++;
      continue;
    }
    if (ch !== "\\" && ch !== "'" && ch !== '"' && ch !== "{" && ch !== "}") cleaned[length++] = source.charCodeAt(i);
    i++;
  }
  for (const word of MOVER_WORDS) {
    if (word.length > length) continue;
    let same = true;
    for (let k = 0; k < word.length && same; k++) same = cleaned[k] === word.charCodeAt(k);
    if (same) return true;
  }
  return false;
}
var SPECIAL_PARAMETERS = "0123456789@*#?$!-";
function isNameStart(code) {
  return code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95;
}
function isNameCharacter(code) {
  return isNameStart(code) || code >= 48 && code <= 57;
}
var NO_NODES = [];
var CD_VARIABLES = /^(CDPATH|OLDPWD|HOME)$/;
var DirectoryWalker = class {
  at = /* @__PURE__ */ new Map();
  /** A function whose body moves the shell was defined: any later command may call it. */
  movingFunction = false;
  /** Names defined as functions (or any, after `alias`): `exit`, `true` and `false` may then do anything. */
  redefined = /* @__PURE__ */ new Set();
  anyAlias = false;
  /** The places last recorded: a command the walk finds unreachable (`true || cmd`) is still judged, from there. */
  lastSeen = [];
  record(node, places) {
    if (places.length) this.lastSeen = places;
    this.at.set(node.id, places.length ? places : this.lastSeen);
  }
  sequence(nodes, places) {
    let outcome = both(places);
    let current = places;
    for (const node of nodes) {
      if (!STATEMENTS.has(node.type)) {
        this.nested(node, current);
        continue;
      }
      outcome = this.statement(node, current);
      current = unite(outcome.ok, outcome.fail);
    }
    return outcome;
  }
  /** Commands inside words (`$(cd x; …)`, `<(…)`): they run in a copy of the shell. */
  nested(node, places) {
    if (SUBSTITUTIONS.has(node.type)) {
      this.sequence(node.namedChildren, places);
      return;
    }
    for (const child of node.namedChildren) {
      if (STATEMENTS.has(child.type)) this.statement(child, places);
      else this.nested(child, places);
    }
  }
  /** `around`: the children of the redirected statement whose body this is (its redirections hold words of a command). */
  statement(node, placesIn, around = NO_NODES) {
    const places = this.movingFunction ? withUnknown(placesIn, "a function defined earlier changes the folder when called") : placesIn;
    switch (node.type) {
      case "command":
        this.record(node, places);
        for (const child of node.namedChildren) this.nested(child, places);
        return this.command(node, places, around);
      case "redirected_statement": {
        this.record(node, places);
        const body = node.childForFieldName("body");
        for (const child of node.namedChildren) if (child.id !== body?.id) this.nested(child, places);
        const outcome = body ? this.statement(body, places, node.namedChildren) : both(places);
        if (body?.type === "list") this.record(node, unite(places, outcome.ok, outcome.fail));
        return outcome;
      }
      case "list": {
        const left = node.namedChildren[0];
        const right = node.namedChildren[node.namedChildren.length - 1];
        const operator = node.children.find((c) => !c.isNamed && (c.type === "&&" || c.type === "||"))?.type;
        if (!left || !right || left.id === right.id) return this.sequence(node.namedChildren, places);
        const first = this.statement(left, places);
        if (operator === "&&") {
          const second2 = this.statement(right, first.ok);
          return { ok: second2.ok, fail: unite(first.fail, second2.fail) };
        }
        const second = this.statement(right, first.fail);
        return { ok: unite(first.ok, second.ok), fail: second.fail };
      }
      case "negated_command": {
        const inner = this.sequence(node.namedChildren, places);
        return { ok: inner.fail, fail: inner.ok };
      }
      case "subshell":
        this.sequence(node.namedChildren, places);
        return both(places);
      case "pipeline": {
        const parts = node.namedChildren;
        let last = both(places);
        for (const part of parts) last = STATEMENTS.has(part.type) ? this.statement(part, places) : (this.nested(part, places), both(places));
        const after = unite(places, last.ok, last.fail);
        return both(after);
      }
      case "compound_statement":
      case "do_group":
        return this.sequence(node.namedChildren, places);
      case "if_statement":
        return this.ifStatement(node, places);
      case "while_statement":
      case "for_statement":
      case "c_style_for_statement":
        return this.loop(node, places);
      case "case_statement": {
        const results = [places];
        for (const child of node.namedChildren) {
          if (child.type !== "case_item") {
            this.nested(child, places);
            continue;
          }
          const close = child.children.findIndex((c) => c.type === ")");
          const body = child.children.slice(close + 1).filter((c) => c.isNamed);
          const outcome = this.sequence(body, places);
          results.push(outcome.ok, outcome.fail);
        }
        return both(unite(...results));
      }
      case "function_definition": {
        const body = node.childForFieldName("body");
        const name = node.childForFieldName("name");
        if (name) this.redefined.add(name.text);
        if (body) {
          const before = this.movingFunction;
          const outcome = this.statement(body, withUnknown(places, "a function body runs from the folder of its caller"));
          const start = withUnknown(places, "a function body runs from the folder of its caller");
          if (!samePlaces(unite(outcome.ok, outcome.fail), start)) this.movingFunction = true;
          else this.movingFunction = before;
        }
        return both(places);
      }
      case "variable_assignment":
      case "variable_assignments":
      case "declaration_command":
      case "unset_command": {
        for (const child of node.namedChildren) this.nested(child, places);
        const names2 = assignedNames(node);
        if (names2.some((n) => CD_VARIABLES.test(n))) return both(places.map((p) => assignCdVariables(p, names2)));
        return both(places);
      }
      default:
        for (const child of node.namedChildren) this.nested(child, places);
        return both(places);
    }
  }
  ifStatement(node, places) {
    const results = [];
    let condition = [];
    let body = [];
    let phase = "condition";
    let pending = places;
    let finalElse = null;
    const clauses = [];
    for (const child of node.children) {
      if (child.type === "then") phase = "body";
      else if (child.type === "elif_clause" || child.type === "else_clause" || child.type === "fi") {
        if (condition.length || body.length) clauses.push({ condition, body });
        condition = [];
        body = [];
        if (child.type === "elif_clause") clauses.push(...clausesOf(child));
        if (child.type === "else_clause") finalElse = child;
      } else if (child.isNamed) (phase === "condition" ? condition : body).push(child);
    }
    for (const clause of clauses) {
      const tested = this.sequence(clause.condition, pending);
      const then = this.sequence(clause.body, tested.ok);
      results.push(then.ok, then.fail);
      pending = tested.fail;
    }
    if (finalElse) {
      const otherwise = this.sequence(finalElse.namedChildren, pending);
      results.push(otherwise.ok, otherwise.fail);
    } else results.push(pending);
    return both(unite(...results));
  }
  loop(node, places) {
    const parts = node.namedChildren;
    const once = this.sequence(parts, places);
    const after = unite(places, once.ok, once.fail);
    if (samePlaces(after, places)) return both(places);
    const start = withUnknown(places, "a loop changes the folder on each pass");
    const again = this.sequence(parts, start);
    return both(unite(start, again.ok, again.fail));
  }
  command(node, places, around) {
    const nameNode = node.childForFieldName("name");
    if (!nameNode) {
      const names2 = assignedNames(node);
      return both(names2.some((n) => CD_VARIABLES.test(n)) ? places.map((p) => assignCdVariables(p, names2)) : places);
    }
    if (this.anyAlias) return both(withUnknown(places, "an alias defined earlier may change the folder"));
    if (!MAY_MOVE.test(nameNode.text)) return both(places);
    const wordNodes = node.childrenForFieldName("argument");
    wordNodes.unshift(nameNode);
    let words2 = resolveTouchingWords(wordNodes);
    for (const word of wordsInRedirects(node.namedChildren)) words2.push(word);
    for (const word of wordsInRedirects(around)) words2.push(word);
    while (words2.length > 1 && (words2[0].text === "command" || words2[0].text === "builtin" || words2[0].text === "time") && !words2[0].dynamic) {
      words2 = words2.slice(1);
      while (words2.length > 1 && /^-[pvV]+$/.test(words2[0].text)) words2 = words2.slice(1);
    }
    const program = words2[0];
    const args = words2.slice(1);
    if (program.dynamic || program.expands) {
      return both(withUnknown(places, `${program.text} is a command computed at run time, which may change the folder`));
    }
    const inline = assignedNames(node).filter((n) => CD_VARIABLES.test(n));
    const here = inline.length ? places.map((p) => assignCdVariables(p, inline)) : places;
    const trusted = !this.redefined.has(program.text);
    if (program.text === "alias") this.anyAlias = true;
    if (program.text === "shopt" && args.some((a) => a.text === "cdable_vars" || isComputed(a))) return both(places.map((p) => ({ ...p, cdpath: true })));
    switch (trusted ? program.text : "") {
      case "cd":
        return this.cd(args, here);
      case "pushd":
        return this.pushd(args, here);
      case "popd":
        return this.popd(args, here);
      case "exit":
        return { ok: [], fail: [] };
      case "false":
        return { ok: [], fail: places };
      case "true":
      case ":":
        return { ok: places, fail: [] };
      case "eval":
      case "source":
      case ".":
      case "trap":
        if (args.length === 0 && program.text !== "trap") return both(places);
        return both(withUnknown(places, `${program.text} runs commands that may change the folder`));
      default:
        return both(places);
    }
  }
  cd(args, places) {
    const operands = skipCdOptions(args);
    if (operands === null) return { ok: withUnknown([], "cd with an option the analysis does not know"), fail: places };
    const target2 = operands[0];
    const moved = places.map((place) => {
      const to = cdTarget(place, target2);
      return { ...place, cwd: to, old: place.cwd };
    });
    if (target2 && target2.text === "" && !isComputed(target2)) return both(places);
    return { ok: unite(moved), fail: places };
  }
  pushd(args, places) {
    if (args.length === 0) {
      const ok = places.filter((p) => p.stack.length > 0).map((p) => ({ ...p, cwd: p.stack[0], old: p.cwd, stack: [p.cwd, ...p.stack.slice(1)] }));
      return { ok: unite(ok), fail: places };
    }
    const operands = skipCdOptions(args);
    if (operands === null || /^[+-]\d+$/.test(operands[0]?.text ?? "") || args.some((a) => a.text === "-n")) {
      return { ok: withUnknown(places, "pushd rotates the folder stack"), fail: places };
    }
    const moved = places.map((place) => ({ ...place, cwd: cdTarget(place, operands[0]), old: place.cwd, stack: [place.cwd, ...place.stack] }));
    return { ok: unite(moved), fail: places };
  }
  popd(args, places) {
    if (args.length > 0) return { ok: withUnknown(places, "popd with arguments changes the folder stack"), fail: places };
    const ok = places.filter((p) => p.stack.length > 0).map((p) => ({ ...p, cwd: p.stack[0], old: p.cwd, stack: p.stack.slice(1) }));
    return { ok: unite(ok), fail: places };
  }
};
function clausesOf(elif) {
  const condition = [];
  const body = [];
  let phase = "condition";
  for (const child of elif.children) {
    if (child.type === "then") phase = "body";
    else if (child.isNamed) (phase === "condition" ? condition : body).push(child);
  }
  return [{ condition, body }];
}
function skipCdOptions(args) {
  let i = 0;
  for (; i < args.length; i++) {
    const text = args[i].text;
    if (text === "--") {
      i++;
      break;
    }
    if (text === "-" || !text.startsWith("-") || isComputed(args[i])) break;
    if (/^-[+-]?\d+$/.test(text)) break;
    if (!/^-[LPe@]+$/.test(text)) return null;
  }
  return args.slice(i);
}
function cdTarget(place, target2) {
  if (!target2) return place.home ? { unknown: "cd goes to $HOME, which the script set" } : { path: "~" };
  const home = homeRelative(target2);
  if (home !== null) return place.home ? { unknown: "cd goes under $HOME, which the script set" } : resolveIn(place.cwd, home);
  if (isComputed(target2)) return { unknown: `cd ${target2.text}: the folder is known only at run time` };
  const text = target2.text;
  if (text === "-") return place.old;
  if (text.startsWith("~") && place.home) return { unknown: "cd goes under $HOME, which the script set" };
  if (place.cdpath && !/^(\/|\.\.?(\/|$))/.test(text)) return { unknown: `cd ${text} may go elsewhere: the script set CDPATH or cdable_vars` };
  return resolveIn(place.cwd, text);
}
function assignedNames(node) {
  const names2 = [];
  const visit4 = (n) => {
    if (n.type === "variable_assignment") {
      const name = n.childForFieldName("name");
      names2.push((name?.type === "subscript" ? name.childForFieldName("name") : name)?.text ?? "");
    } else if (n.type === "variable_name" && (node.type === "declaration_command" || node.type === "unset_command")) names2.push(n.text);
    else if (n.type === "variable_assignments" || n.type === "declaration_command" || n.type === "unset_command" || n.id === node.id) {
      for (const c of n.namedChildren) visit4(c);
    }
  };
  if (node.type === "variable_assignment") visit4(node);
  else for (const c of node.namedChildren) visit4(c);
  return names2;
}
function assignCdVariables(place, names2) {
  const next = { ...place };
  if (names2.includes("CDPATH")) next.cdpath = true;
  if (names2.includes("HOME")) next.home = true;
  if (names2.includes("OLDPWD")) next.old = { unknown: "the script set $OLDPWD" };
  return next;
}
function foldersOf(places) {
  if (places.length === 1 && places[0].cwd === REPOSITORY_ROOT) return AT_ROOT;
  const out = [];
  for (const place of places) if (!includesDirectory(out, place.cwd)) out.push(place.cwd);
  return out;
}
var AT_ROOT = Object.freeze([REPOSITORY_ROOT]);
function includesDirectory(dirs, dir) {
  for (const known of dirs) if (sameDirectory(known, dir)) return true;
  return false;
}
function enterFolders(dirs, words2) {
  if (words2.length === 0) return dirs;
  const out = [];
  for (const start of dirs) {
    let dir = start;
    for (const word of words2) {
      const home = homeRelative(word);
      if (home !== null) dir = resolveIn(dir, home);
      else if (isComputed(word)) dir = { unknown: `the folder ${word.text} is known only at run time` };
      else dir = resolveIn(dir, word.text);
    }
    if (!includesDirectory(out, dir)) out.push(dir);
  }
  return out;
}
function atRoot(dirs) {
  return dirs === AT_ROOT || dirs.length === 1 && "path" in dirs[0] && dirs[0].path === ".";
}

// src/shell/implied.ts
var NO_TARGETS = Object.freeze([]);
function runTimeReason(word) {
  if (word.expands === "glob") return `path ${word.text} is a glob expanded at run time`;
  if (word.expands === "brace") return `path ${word.text} uses brace expansion`;
  if (word.dynamic) return `${word.text} ${word.dynamic}, known only at run time`;
  return void 0;
}
function target(action, word) {
  const home = action.type !== "network.request" ? homeRelative(word) : null;
  if (home !== null) return { action: { ...action, path: home } };
  const opaque = runTimeReason(word);
  return opaque ? { action, opaque } : { action };
}
function recursiveRead(word, filters) {
  const targets = fileRead(word);
  for (const t of targets) if (t.action.type === "file.read") t.recursive = filters;
  return targets;
}
function treeWrites(written, dest) {
  const out = written.map((t) => t.action.type === "file.write" ? { ...t, recursive: {} } : t);
  const target2 = dest.text.replace(/\/+$/, "") || "/";
  if (!out.some((t) => t.action.type === "file.write" && t.action.path === target2)) out.push(...recursiveWrite({ ...dest, text: target2 }));
  return out;
}
function recursiveWrite(word) {
  const targets = fileWrite(word);
  for (const t of targets) if (t.action.type === "file.write") t.recursive = {};
  return targets;
}
function flatWrite(folder, filters) {
  const targets = fileWrite(folder);
  for (const t of targets) if (t.action.type === "file.write") t.recursive = { ...filters, flat: true };
  return targets;
}
var NOT_FILES = /^\/dev\/(null|zero|stdin|stdout|stderr|tty|fd\/\d+|u?random)$/;
function fileRead(word) {
  return specialFile(word) ?? [target({ type: "file.read", path: word.text }, word)];
}
function fileWrite(word) {
  return specialFile(word) ?? [target({ type: "file.write", path: word.text }, word)];
}
function specialFile(word) {
  if (word.text === "-") return [];
  if (!word.text.startsWith("/dev/")) return null;
  if (NOT_FILES.test(word.text)) return [];
  const net = devNetwork(word);
  return net ? [net] : null;
}
function devNetwork(word) {
  const m = /^\/dev\/(?:tcp|udp)\/(.+)\/([^/]+)$/s.exec(word.text);
  if (!m) return null;
  const host = m[1].includes(":") && !m[1].startsWith("[") ? `[${m[1]}]` : m[1];
  return target({ type: "network.request", destination: `${host}:${m[2]}` }, word);
}
function networkTo(word, destination = word.text) {
  return target({ type: "network.request", destination }, word);
}
function remoteHost(text) {
  if (/^(scp|rsync|sftp):\/\//.test(text)) return text.replace(/^[a-z]+:\/\//, "").replace(/^[^@/]*@/, "").split("/")[0];
  const m = /^(?:[^@/:]+@)?(\[[^\]]+\]|[^/:]+):/.exec(text);
  return m ? m[1] : null;
}
function withHost(word, host) {
  return { ...word, text: host };
}
var READERS = lookupTable({
  cat: { shortFlag: "AbeEnstTuv" },
  tac: { shortValue: "s" },
  nl: { shortValue: "bdfhilnsvw" },
  head: { shortValue: "nc", longValue: ["lines", "bytes"] },
  tail: { shortValue: "ncs", longValue: ["lines", "bytes", "pid", "sleep-interval", "max-unchanged-stats"] },
  less: { shortValue: "bhjkOopPtTxyz", longValue: ["log-file", "tag", "pattern"] },
  more: { shortValue: "n" },
  bat: { shortValue: "lmHr", longValue: ["language", "map-syntax", "highlight-line", "line-range", "theme", "style", "file-name"] },
  batcat: { shortValue: "lmHr", longValue: ["language", "map-syntax", "highlight-line", "line-range", "theme", "style", "file-name"] },
  xxd: { shortValue: "cglosn" },
  hexdump: { shortValue: "efns" },
  od: { shortValue: "AjNStw" },
  strings: { shortValue: "ntTe" },
  base64: { shortValue: "w" },
  wc: {},
  sort: { shortValue: "kStT", longValue: ["key", "field-separator", "buffer-size", "temporary-directory", "parallel"] },
  cut: { shortValue: "bcdf", longValue: ["bytes", "characters", "delimiter", "fields", "output-delimiter"] },
  diff: { shortValue: "CUIFxX", longValue: ["label", "ignore-matching-lines", "exclude", "exclude-from", "unified", "context"] },
  md5sum: {},
  sha1sum: {},
  sha256sum: {},
  jq: { longValue: ["arg", "argjson", "slurpfile", "rawfile", "indent"], shortValue: "L" },
  // Filters and checksums that print or compare what their file operands hold.
  rev: {},
  paste: { shortValue: "d", longValue: ["delimiters"] },
  cmp: { shortValue: "in", longValue: ["ignore-initial", "bytes"] },
  comm: { longValue: ["output-delimiter"] },
  fold: { shortValue: "w", longValue: ["width"] },
  fmt: { shortValue: "wgp", longValue: ["width", "goal", "prefix"] },
  expand: { shortValue: "t", longValue: ["tabs"] },
  unexpand: { shortValue: "t", longValue: ["tabs"] },
  column: { shortValue: "cosNEHRWlJ", longValue: ["columns", "output-separator", "separator", "table-columns", "table-noextreme", "table-hide", "table-right", "table-wrap", "table-columns-limit", "table-name"] },
  cksum: { shortValue: "al", longValue: ["algorithm", "length"] },
  sum: {},
  b2sum: { shortValue: "l", longValue: ["length"] },
  sha224sum: {},
  sha384sum: {},
  sha512sum: {},
  shasum: { shortValue: "a", longValue: ["algorithm"] },
  zcat: {},
  bzcat: {},
  xzcat: {}
});
var GREP = {
  shortValue: "efmABCdDg",
  longValue: [
    "regexp",
    "file",
    "max-count",
    "after-context",
    "before-context",
    "context",
    "include",
    "exclude",
    "exclude-dir",
    "exclude-from",
    "label",
    "directories",
    "devices",
    "glob",
    "type",
    "type-not",
    "max-columns"
  ]
};
var RG = {
  shortValue: "efmABCgtTMEjr",
  longValue: [
    ...GREP.longValue ?? [],
    "iglob",
    "type-add",
    "type-clear",
    "max-depth",
    "encoding",
    "replace",
    "pre",
    "pre-glob",
    "sort",
    "sortr",
    "threads",
    "max-filesize",
    "ignore-file",
    "path-separator",
    "colors",
    "context-separator",
    "field-match-separator"
  ]
};
var AG = {
  shortValue: "ABCGgmpW",
  longValue: ["ignore", "file-search-regex", "after", "before", "context", "max-count", "path-to-ignore", "depth", "pager", "workers"]
};
var CURL = {
  shortValue: "AbcdDeEFHKmoQrTuUwxXYyzCPt",
  longValue: [
    "user-agent",
    "cookie",
    "cookie-jar",
    "data",
    "data-raw",
    "data-binary",
    "data-urlencode",
    "data-ascii",
    "dump-header",
    "referer",
    "cert",
    "form",
    "form-string",
    "header",
    "config",
    "max-time",
    "output",
    "range",
    "upload-file",
    "user",
    "proxy-user",
    "write-out",
    "proxy",
    "request",
    "url",
    "resolve",
    "connect-to",
    "cacert",
    "key",
    "json",
    "connect-timeout",
    "retry",
    "oauth2-bearer",
    "output-dir",
    "unix-socket",
    "preproxy",
    "socks5",
    "socks5-hostname",
    "socks4",
    "interface",
    "trace",
    "trace-ascii",
    "stderr",
    "netrc-file",
    "limit-rate"
  ]
};
var WGET = {
  shortValue: "OoaiPUetTwQBDIXAR",
  longValue: [
    "output-document",
    "output-file",
    "append-output",
    "input-file",
    "directory-prefix",
    "user-agent",
    "execute",
    "tries",
    "timeout",
    "wait",
    "quota",
    "base",
    "header",
    "user",
    "password",
    "http-user",
    "http-password",
    "post-data",
    "post-file",
    "body-data",
    "body-file",
    "method",
    "load-cookies",
    "save-cookies",
    "ca-certificate",
    "certificate",
    "private-key",
    "domains",
    "exclude-domains",
    "accept",
    "reject",
    "level",
    "bind-address"
  ]
};
var NC = { shortValue: "psSwixXOqTIeMmcGg", longValue: ["exec", "sh-exec", "proxy", "source"] };
var SSH_VALUES = "BbcDEeFIiJLlmOoPpQRSWw";
var SSH = { shortValue: SSH_VALUES, shortFlag: "46AaCfGgKkMNnqsTtVvXxYy", stopAtOperand: true };
var SCP = { shortValue: "cDFiJlloPSX", shortFlag: "346ABCOpqRrTv" };
var RSYNC2 = {
  shortValue: "efTMB",
  longValue: [
    "exclude",
    "include",
    "exclude-from",
    "include-from",
    "files-from",
    "filter",
    "rsh",
    "rsync-path",
    "port",
    "bwlimit",
    "backup-dir",
    "suffix",
    "log-file",
    "password-file",
    "temp-dir",
    "chmod",
    "chown",
    "partial-dir",
    "compare-dest",
    "copy-dest",
    "link-dest",
    "timeout",
    "contimeout",
    "max-size",
    "min-size",
    "remote-option",
    "usermap",
    "groupmap"
  ]
};
var TAR2 = {
  shortValue: "fCTXbKNVgLHI",
  longValue: [
    "file",
    "directory",
    "files-from",
    "exclude-from",
    "exclude",
    "blocking-factor",
    "starting-file",
    "newer",
    "after-date",
    "newer-mtime",
    "label",
    "listed-incremental",
    "tape-length",
    "format",
    "owner",
    "group",
    "mode",
    "mtime",
    "transform",
    "xform",
    "use-compress-program",
    "checkpoint-action",
    "to-command",
    "index-file",
    "info-script",
    "new-volume-script",
    "rsh-command",
    "suffix"
  ]
};
var ZIP2 = { shortValue: "ixbnPtOZsY", longValue: ["include", "exclude", "temp-path", "suffixes", "password", "output-file", "compression-method", "split-size"] };
var CP = { shortValue: "tS", longValue: ["target-directory", "suffix", "backup", "reflink", "sparse", "preserve", "no-preserve"] };
var SED = { shortValue: "efl", longValue: ["expression", "file", "line-length"] };
var TEE = { longValue: ["output-error"] };
var INSTALL2 = { shortValue: "gmoSt", longValue: ["group", "mode", "owner", "suffix", "target-directory", "strip-program"] };
var SPLIT2 = { shortValue: "abClnt", longValue: ["suffix-length", "additional-suffix", "bytes", "line-bytes", "filter", "lines", "number", "separator"] };
var UNIQ = { shortValue: "fsw", longValue: ["skip-fields", "skip-chars", "check-chars"] };
var AWK = { shortValue: "FvfEeilW", longValue: ["field-separator", "assign", "file", "exec", "source", "include", "load"] };
var HTTPIE = { longValue: ["auth", "session", "verify", "cert", "cert-key", "proxy", "output"], shortValue: "ao" };
var GIT_GLOBAL_OPTIONS = { shortValue: "Cc", longValue: ["git-dir", "work-tree", "namespace", "config-env", "exec-path"], stopAtOperand: true };
var GIT_GREP = { shortValue: "efABCmO", longValue: ["regexp", "file", "after-context", "before-context", "context", "max-count", "open-files-in-pager", "threads", "max-depth"] };
function basename(path) {
  const trimmed = path.replace(/\/+$/, "");
  return trimmed.slice(trimmed.lastIndexOf("/") + 1);
}
function copyTargets(sources, targetWord, known) {
  const out = [];
  const asDir = known === "dir" || targetWord.text.endsWith("/") || sources.length > 1 || /^\.{1,2}$/.test(targetWord.text);
  if (!asDir) out.push(...fileWrite(targetWord));
  for (const source of sources) {
    const dir = targetWord.text.replace(/\/+$/, "");
    out.push(...fileWrite({ ...targetWord, text: `${dir}/${basename(source.text)}` }));
  }
  return out;
}
function remoteAware(words2, local) {
  return words2.flatMap((w) => {
    const host = remoteHost(w.text);
    return host ? [networkTo(withHost(w, host))] : local(w);
  });
}
var IMPLYING = /* @__PURE__ */ new Set([
  "grep",
  "egrep",
  "fgrep",
  "rg",
  "ag",
  "tar",
  "git",
  "zip",
  "sed",
  "tee",
  "cp",
  "mv",
  "ln",
  "install",
  "dd",
  "source",
  ".",
  "curl",
  "wget",
  "nc",
  "ncat",
  "netcat",
  "http",
  "https",
  "xh",
  "ssh",
  "scp",
  "rsync",
  "split",
  "uniq",
  "openssl",
  "awk",
  "gawk",
  "mawk",
  "nawk"
]);
var IMPLIES = /* @__PURE__ */ new Set([...IMPLYING, ...Object.keys(READERS), ...Object.keys(COMPRESSORS), ...Object.keys(EDITORS), ...Object.keys(INTERPRETERS)]);
function mayBeVersioned(name) {
  const last = name.charCodeAt(name.length - 1);
  return last === 46 || last >= 48 && last <= 57;
}
function impliedActions(name, args) {
  if (!IMPLIES.has(name) && !mayBeVersioned(name)) return NO_TARGETS;
  const reader = READERS[name];
  if (!reader && !IMPLYING.has(name)) return otherActions(name, args);
  if (reader) {
    const parsed = parseOptions(args, reader);
    const operands = name === "jq" && !hasOption(parsed, "f", "from-file") ? parsed.operands.slice(1) : parsed.operands;
    const recursive = recursiveFilters(name, parsed);
    const out = [];
    for (const operand of operands) for (const read of recursive ? recursiveRead(operand, recursive) : fileRead(operand)) out.push(read);
    return out;
  }
  switch (name) {
    case "grep":
    case "egrep":
    case "fgrep":
    case "rg":
    case "ag": {
      const parsed = parseOptions(args, name === "rg" ? RG : name === "ag" ? AG : GREP);
      const explicitPattern = hasOption(parsed, "e", "f", "regexp", "file") || name === "rg" && hasOption(parsed, "files");
      const files = explicitPattern ? parsed.operands : parsed.operands.slice(1);
      const recursive = name === "rg" && hasOption(parsed, "files") ? null : recursiveFilters(name, parsed);
      const read = recursive ? (files.length ? files : [{ text: "." }]).flatMap((f) => recursiveRead(f, recursive)) : files.flatMap(fileRead);
      return [...optionValues(parsed, "f", "file").flatMap(fileRead), ...read];
    }
    case "tar":
      return tarActions(args);
    case "git":
      return gitGrep(args);
    case "zip":
      return zipActions(args);
    case "sed": {
      const parsed = parseOptions(args, SED);
      const given2 = hasOption(parsed, "e", "f", "expression", "file");
      const files = given2 ? parsed.operands : parsed.operands.slice(1);
      const inPlace = parsed.options.some((o) => o.name === "i" || o.name === "in-place");
      const out = [...optionValues(parsed, "f", "file").flatMap(fileRead), ...files.flatMap((f) => [...fileRead(f), ...inPlace ? fileWrite(f) : []])];
      if (!hasOption(parsed, "sandbox")) {
        for (const script of given2 ? optionValues(parsed, "e", "expression") : parsed.operands.slice(0, 1)) {
          if (script.dynamic || script.expands) continue;
          const { reads, writes } = sedScript(script.text);
          for (const path of reads) out.push(...fileRead({ text: path }));
          for (const path of writes) out.push(...fileWrite({ text: path }));
        }
      }
      return out;
    }
    case "tee": {
      const parsed = parseOptions(args, TEE);
      return parsed.operands.flatMap(fileWrite);
    }
    case "cp":
    case "mv":
    case "ln": {
      const parsed = parseOptions(args, CP);
      const targetDir = optionValues(parsed, "t", "target-directory")[0];
      const operands = parsed.operands;
      if (operands.length === 0) return [];
      const sources = targetDir ? operands : operands.length === 1 ? operands : operands.slice(0, -1);
      const dest = targetDir ?? (operands.length === 1 ? { text: "." } : operands[operands.length - 1]);
      const recursive = name === "cp" ? recursiveFilters("cp", parsed) : null;
      const read = (s) => recursive ? recursiveRead(s, recursive) : fileRead(s);
      const sourceActions = sources.flatMap((s) => name === "mv" ? [...fileRead(s), ...fileWrite(s)] : read(s));
      const written = copyTargets(sources, dest, targetDir ? "dir" : "unknown");
      return [...sourceActions, ...recursive ? treeWrites(written, dest) : written];
    }
    case "install": {
      const parsed = parseOptions(args, INSTALL2);
      if (hasOption(parsed, "d", "directory")) return parsed.operands.flatMap(fileWrite);
      const targetDir = optionValues(parsed, "t", "target-directory")[0];
      const operands = parsed.operands;
      if (operands.length === 0 || !targetDir && operands.length === 1) return operands.flatMap(fileRead);
      const sources = targetDir ? operands : operands.slice(0, -1);
      const dest = targetDir ?? operands[operands.length - 1];
      return [...sources.flatMap(fileRead), ...copyTargets(sources, dest, targetDir ? "dir" : "unknown")];
    }
    case "split":
      return splitActions(args);
    case "uniq": {
      const [input, output] = parseOptions(args, UNIQ).operands;
      return [...input ? fileRead(input) : [], ...output ? fileWrite(output) : []];
    }
    case "openssl":
      return opensslOperands(args);
    case "awk":
    case "gawk":
    case "mawk":
    case "nawk": {
      const parsed = parseOptions(args, AWK);
      const programFiles = optionValues(parsed, "f", "file", "E", "exec", "i", "include");
      const given2 = programFiles.length > 0 || hasOption(parsed, "e", "source");
      const files = (given2 ? parsed.operands : parsed.operands.slice(1)).filter((w) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w.text));
      return [...programFiles.flatMap(fileRead), ...files.flatMap(fileRead)];
    }
    case "dd":
      return args.flatMap((w) => {
        if (w.text.startsWith("if=")) return fileRead({ ...w, text: w.text.slice(3) });
        if (w.text.startsWith("of=")) return fileWrite({ ...w, text: w.text.slice(3) });
        return [];
      });
    case "source":
    case ".":
      return args.length > 0 ? fileRead(args[0]) : [];
    case "curl":
      return curlActions(parseOptions(args, CURL));
    case "wget": {
      const parsed = parseOptions(args, WGET);
      return [
        ...parsed.operands.map((w) => networkTo(w)),
        ...optionValues(parsed, "O", "output-document", "o", "output-file", "a", "append-output").flatMap(fileWrite),
        ...optionValues(parsed, "i", "input-file", "post-file", "body-file").flatMap(fileRead)
      ];
    }
    case "nc":
    case "ncat":
    case "netcat": {
      const parsed = parseOptions(args, NC);
      if (hasOption(parsed, "l", "listen")) return [];
      const [host, port] = parsed.operands;
      if (!host) return [];
      return [networkTo(host, port ? `${host.text}:${port.text}` : host.text)];
    }
    case "http":
    case "https":
    case "xh": {
      const parsed = parseOptions(args, HTTPIE);
      const operands = parsed.operands;
      const url = operands[0] && /^[A-Z]+$/.test(operands[0].text) ? operands[1] : operands[0];
      return url ? [networkTo(url)] : [];
    }
    case "ssh": {
      const parsed = parseOptions(args, SSH);
      const host = parsed.operands[0];
      if (!host) return [];
      const port = optionValues(parsed, "p")[0];
      const bare = host.text.replace(/^ssh:\/\//, "").replace(/^[^@]*@/, "");
      return [
        networkTo(host, port ? `${bare}:${port.text}` : bare),
        ...optionValues(parsed, "i", "F").flatMap(fileRead)
      ];
    }
    case "scp":
    case "rsync": {
      const parsed = parseOptions(args, name === "scp" ? SCP : RSYNC2);
      const operands = parsed.operands;
      if (operands.length === 0) return [];
      const sources = operands.length === 1 ? operands : operands.slice(0, -1);
      const dryRun = name === "rsync" && parsed.options.some((o) => o.name === "dry-run" || o.name.length === 1 && o.name === "n");
      const dest = operands.length === 1 || dryRun ? null : operands[operands.length - 1];
      const listsOnly = dryRun && !parsed.options.some((o) => o.name === "checksum" || o.name === "c");
      const recursive = listsOnly ? null : recursiveFilters(name, parsed);
      const read = (w) => recursive ? recursiveRead(w, recursive) : fileRead(w);
      const written = dest && !remoteHost(dest.text) ? copyTargets(sources, dest, "unknown") : [];
      return [
        ...remoteAware(sources, read),
        // `rsync -a src/ dst/` copies src's contents into dst itself: anything under dst may be written.
        ...dest ? remoteHost(dest.text) ? remoteAware([dest], fileWrite) : recursive ? treeWrites(written, dest) : written : [],
        ...optionValues(parsed, "i", "F").flatMap(fileRead)
      ];
    }
    default:
      return NO_TARGETS;
  }
}
function curlActions(parsed) {
  const out = [];
  for (const url of [...parsed.operands, ...optionValues(parsed, "url")]) out.push(networkTo(url));
  for (const proxy of optionValues(parsed, "x", "proxy", "preproxy", "socks5", "socks5-hostname", "socks4")) out.push(networkTo(proxy));
  for (const r of optionValues(parsed, "resolve")) {
    for (const addr of r.text.split(":").slice(2).join(":").split(",")) if (addr) out.push(networkTo(r, addr.replace(/^\[|\]$/g, "")));
  }
  for (const c of optionValues(parsed, "connect-to")) {
    const [, , host, port] = c.text.split(":");
    if (host) out.push(networkTo(c, port ? `${host}:${port}` : host));
  }
  for (const t of optionValues(parsed, "o", "output", "c", "cookie-jar", "D", "dump-header", "trace", "trace-ascii", "stderr").flatMap(fileWrite)) out.push(t);
  for (const t of optionValues(parsed, "T", "upload-file", "K", "config", "E", "cert", "key", "cacert", "netrc-file").flatMap(fileRead)) out.push(t);
  for (const data of optionValues(parsed, "d", "data", "data-binary", "data-urlencode", "data-ascii", "json", "F", "form", "b", "cookie", "H", "header")) {
    const at = /(?:^|=)@([^;]+)/.exec(data.text);
    if (at) out.push(...fileRead({ ...data, text: at[1] }));
  }
  return out;
}
function tarActions(args) {
  const words2 = args[0] && /^[A-Za-z]+$/.test(args[0].text) && !args[0].dynamic ? [{ ...args[0], text: `-${args[0].text}` }, ...args.slice(1)] : args;
  const parsed = parseOptions(words2, TAR2);
  const mode = parsed.options.find((o) => /^(c|create|r|append|u|update|x|extract|get|t|list|d|diff|compare|A|catenate|concatenate)$/.test(o.name))?.name ?? "";
  const archives = optionValues(parsed, "f", "file");
  const out = [];
  if (/^(x|extract|get)$/.test(mode)) {
    out.push(...archives.flatMap(fileRead));
    const into = optionValues(parsed, "C", "directory").pop() ?? { text: "." };
    out.push(...recursiveWrite(into));
    return out;
  }
  if (/^(t|list|d|diff|compare)$/.test(mode)) return archives.flatMap(fileRead);
  if (!/^(c|create|r|append|u|update|A|catenate|concatenate)$/.test(mode)) return [];
  const filters = recursiveFilters("tar", parsed) ?? {};
  const noRecursion = hasOption(parsed, "no-recursion");
  let base = null;
  const operandSet = new Set(parsed.operands);
  for (let i = 0; i < words2.length; i++) {
    const text = words2[i].text;
    const m = /^(?:-C|--directory=?)(.*)$/s.exec(text);
    if (m && !operandSet.has(words2[i])) {
      if (m[1]) base = { ...words2[i], text: m[1] };
      else {
        base = words2[i + 1] ?? null;
        i++;
      }
      continue;
    }
    if (!operandSet.has(words2[i])) continue;
    const operand = base && !words2[i].text.startsWith("/") ? joinWord(base, words2[i]) : words2[i];
    out.push(...noRecursion ? fileRead(operand) : recursiveRead(operand, filters));
  }
  for (const listed of optionValues(parsed, "T", "files-from")) {
    out.push({ action: { type: "file.read", path: "**" }, opaque: `tar reads the files named in ${listed.text}, known only at run time` });
  }
  if (/^(c|create)$/.test(mode)) out.push(...archives.flatMap(fileWrite));
  else out.push(...archives.flatMap((a) => [...fileRead(a), ...fileWrite(a)]));
  return out;
}
function joinWord(base, rest) {
  const joined = { text: `${base.text.replace(/\/+$/, "")}/${rest.text}` };
  const dynamic = base.dynamic ?? rest.dynamic;
  if (dynamic) joined.dynamic = dynamic;
  if (base.expands ?? rest.expands) joined.expands = base.expands ?? rest.expands;
  return joined;
}
function zipActions(args) {
  const parsed = parseOptions(args, ZIP2);
  const [archive, ...files] = parsed.operands;
  if (!archive) return [];
  const filters = recursiveFilters("zip", parsed);
  const out = files.flatMap((f) => filters ? recursiveRead(f, filters) : fileRead(f));
  out.push(...fileWrite(archive));
  if (!/\.[^/]*$/.test(archive.text.slice(archive.text.lastIndexOf("/") + 1))) out.push(...fileWrite({ ...archive, text: `${archive.text}.zip` }));
  return out;
}
function findReach(args) {
  let i = 0;
  const filters = {};
  for (; i < args.length && /^-[HLP]$|^-D$|^-O\d*$/.test(args[i].text); i++) {
    if (args[i].text === "-L") filters.followsLinks = true;
    if (args[i].text === "-D") i++;
  }
  const starts = [];
  for (; i < args.length && !/^[-(!,]/.test(args[i].text); i++) starts.push(args[i]);
  const include = [];
  const exclude = [];
  let plain = true;
  for (let j = i; j < args.length; j++) {
    const text = args[j].text;
    if (/^-(exec|execdir|ok|okdir)$/.test(text)) {
      const end = args.findIndex((w, k) => k > j && (w.text === ";" || w.text === "+"));
      if (end < 0) break;
      j = end;
      continue;
    }
    if (text === "-follow") filters.followsLinks = true;
    if (/^(-o|-or|,|\(|\))$/.test(text)) plain = false;
    const negated = text === "!" || text === "-not";
    const test = negated ? args[j + 1]?.text : text;
    const value = negated ? args[j + 2] : args[j + 1];
    if (test === "-name" && value) {
      if (value.dynamic) plain = false;
      else (negated ? exclude : include).push(value.text);
      j += negated ? 2 : 1;
    }
  }
  if (plain && include.length) filters.include = include;
  if (plain && exclude.length) filters.exclude = exclude;
  return { starts: starts.length ? starts : [{ text: "." }], filters };
}
function gitGrep(args) {
  if (!args.some((a) => a.text === "grep")) return NO_TARGETS;
  const parsed = parseOptions(args, GIT_GLOBAL_OPTIONS);
  if (parsed.operands[0]?.text !== "grep") return [];
  const rest = parseOptions(parsed.operands.slice(1), GIT_GREP);
  const explicit = hasOption(rest, "e", "f", "regexp", "file");
  const paths = (explicit ? rest.operands : rest.operands.slice(1)).filter((w) => !/^[0-9a-f]{7,40}$|^HEAD/.test(w.text));
  return [...optionValues(rest, "f", "file").flatMap(fileRead), ...(paths.length ? paths : [{ text: "." }]).flatMap((p) => recursiveRead(p, {}))];
}
function compressorActions(name, args) {
  const tool = COMPRESSORS[name];
  const parsed = parseOptions(args, tool.options);
  const given2 = (names2) => names2 !== void 0 && names2.length > 0 && hasOption(parsed, ...names2);
  const out = [];
  for (const value of optionValues(parsed, ...tool.reads ?? [])) out.push(...fileRead(value));
  for (const value of optionValues(parsed, ...tool.writes ?? [])) out.push(...fileWrite(value));
  for (const list of optionValues(parsed, ...tool.fileList ?? [])) {
    out.push(...fileRead(list));
    out.push({ action: { type: "file.read", path: "**" }, opaque: `${name} reads the files named in ${list.text}, known only at run time` });
    out.push({ action: { type: "file.write", path: "**" }, opaque: `${name} writes beside the files named in ${list.text}, known only at run time` });
  }
  const recursive = given2(tool.recursive);
  const writes = !given2(tool.stdout) && !given2(tool.readOnly);
  const decompress = tool.decompresses === true && !given2(tool.compress) || given2(tool.decompress);
  const removes = writes && (tool.removesInput && !given2(tool.keep) || given2(tool.remove));
  let inputs = parsed.operands;
  const output = optionValues(parsed, ...tool.output ?? []).pop();
  const outputDir = optionValues(parsed, ...tool.outputDir ?? [], ...tool.outputMirror ?? []).pop();
  const mirrored = outputDir !== void 0 && optionValues(parsed, ...tool.outputMirror ?? []).includes(outputDir);
  let named = output;
  if (tool.secondOperandIsOutput && !given2(tool.secondOperandIsOutput.unless) && inputs.length === 2) {
    named = inputs[1];
    inputs = inputs.slice(0, 1);
  }
  if (writes && named) out.push(...fileWrite(named));
  const suffixes = [...optionValues(parsed, ...tool.suffix ?? []).map((w) => w.text), ...tool.suffixes];
  const restoresName = decompress && given2(tool.restoresName);
  for (const input of inputs) {
    if (recursive) {
      out.push(...recursiveRead(input, {}));
      if (writes) out.push(...recursiveWrite(input));
      continue;
    }
    out.push(...fileRead(input));
    if (!writes || input.text === "-") continue;
    if (removes) out.push(...fileWrite(input));
    if (named) continue;
    const written = outputName(input.text, decompress, suffixes, tool);
    if (written === null) continue;
    const at = outputDir ? { ...outputDir, text: `${outputDir.text.replace(/\/+$/, "")}/${mirrored ? written.replace(/^(\.\/)+/, "") : basename(written)}` } : { ...input, text: written };
    if (restoresName) out.push(...flatWrite({ ...at, text: at.text.includes("/") ? at.text.slice(0, at.text.lastIndexOf("/")) || "/" : "." }, {}));
    else out.push(...fileWrite(at));
  }
  return out;
}
function outputName(input, decompress, suffixes, tool) {
  if (!decompress) return input + suffixes[0];
  const base = input.slice(input.lastIndexOf("/") + 1);
  for (const suffix of suffixes) if (base.length > suffix.length && base.endsWith(suffix)) return input.slice(0, input.length - suffix.length);
  for (const [suffix, replaced] of Object.entries(tool.renamed ?? {})) {
    if (base.length > suffix.length && base.endsWith(suffix)) return input.slice(0, input.length - suffix.length) + replaced;
  }
  return tool.unknownSuffix ? input + tool.unknownSuffix : null;
}
function otherActions(name, args) {
  if (COMPRESSORS[name]) return compressorActions(name, args);
  const editor = EDITORS[name];
  if (editor) {
    const files = parseOptions(args, editor).operands.filter((w) => !w.text.startsWith("+"));
    return files.flatMap((f) => [...fileRead(f), ...fileWrite(f)]);
  }
  const versioned = INTERPRETERS[unversioned(name)];
  const interpreter = INTERPRETERS[name] ?? (versioned?.versioned ? versioned : void 0);
  return interpreter ? interpreterActions(interpreter, args) : NO_TARGETS;
}
function interpreterActions(interpreter, args) {
  const parsed = parseOptions(args, interpreter.options);
  const out = [];
  for (const value of optionValues(parsed, ...interpreter.reads ?? [])) out.push(...fileRead(value));
  for (const value of optionValues(parsed, ...interpreter.loads ?? [])) if (/^(\.{1,2}\/|\/|~)/.test(value.text)) out.push(...fileRead(value));
  if (hasOption(parsed, ...interpreter.noScript)) return out;
  const fromOption = optionValues(parsed, ...interpreter.scriptOption ?? [])[0];
  const script = fromOption ?? parsed.operands[0];
  if (!script) return out;
  const dir = optionValues(parsed, ...interpreter.chdir ?? []).pop();
  out.push(...fileRead(dir && !/^[/~]/.test(script.text) ? joinWord(dir, script) : script));
  const operands = fromOption ? parsed.operands : parsed.operands.slice(1);
  if (hasOption(parsed, ...interpreter.readsOperands ?? [])) {
    const writes = hasOption(parsed, ...interpreter.writesOperands ?? []);
    for (const operand of operands) out.push(...fileRead(operand), ...writes ? fileWrite(operand) : []);
  }
  return out;
}
function splitActions(args) {
  const parsed = parseOptions(args, SPLIT2);
  const [input, prefixWord] = parsed.operands;
  const out = input ? fileRead(input) : [];
  if (hasOption(parsed, "filter")) return out;
  const prefix = prefixWord ?? { text: "x" };
  const slash = prefix.text.lastIndexOf("/");
  const folder = slash < 0 ? "." : prefix.text.slice(0, slash) || "/";
  const base = prefix.text.slice(slash + 1);
  const additional = optionValues(parsed, "additional-suffix").pop();
  const literal = (text) => !/[*?[\]\\]/.test(text);
  const plain = !prefix.dynamic && !prefix.expands && literal(base) && (!additional || !additional.dynamic && !additional.expands && literal(additional.text));
  out.push(...flatWrite({ ...prefix, text: folder }, plain ? { include: [`${base}*${additional?.text ?? ""}`] } : {}));
  return out;
}
var OPENSSL2 = {
  singleDashLong: true,
  longValue: [
    "in",
    "out",
    "inkey",
    "key",
    "cert",
    "CAfile",
    "CApath",
    "CAkey",
    "CAserial",
    "certfile",
    "signkey",
    "config",
    "keyout",
    "passin",
    "passout",
    "kfile",
    "rand",
    "writerand",
    "signature",
    "sigfile",
    "sess_in",
    "sess_out",
    "keylogfile",
    "msgfile",
    "connect",
    "proxy",
    "url",
    "engine",
    "provider",
    "provider-path",
    "inform",
    "outform",
    "keyform",
    "certform",
    "name",
    "subj",
    "days",
    "newkey",
    "pkeyopt",
    "md",
    "cipher",
    "servername",
    "nameopt",
    "certopt",
    "set_serial",
    "extfile",
    "extensions",
    "reqexts",
    "section",
    "k",
    "pass",
    "iter",
    "iv",
    "K",
    "S",
    "digest",
    "sigopt",
    "CRLfile",
    "untrusted",
    "trusted",
    "chainCAfile",
    "verifyCAfile",
    "dhparam",
    "sign",
    "verify",
    "prverify",
    "hmac",
    "mac",
    "macopt",
    "keylen",
    "algorithm"
  ]
};
var OPENSSL_READS_OPERANDS = /^(dgst|md5|md4|sha1|sha224|sha256|sha384|sha512|sha3-\d+|shake\d+|blake2[bs]\d+|sm3|ripemd160|rmd160|mdc2|verify|crl2pkcs7|asn1parse|base64|enc)$/;
function opensslOperands(args) {
  const [subcommand, ...rest] = args;
  if (!subcommand || !OPENSSL_READS_OPERANDS.test(subcommand.text)) return NO_TARGETS;
  const parsed = parseOptions(rest, OPENSSL2);
  return [...optionValues(parsed, "sign", "verify", "prverify").flatMap(fileRead), ...parsed.operands.flatMap(fileRead)];
}
function sedScript(script) {
  const out = { reads: [], writes: [] };
  const n = script.length;
  let i = 0;
  const restOfLine = () => {
    const end = script.indexOf("\n", i);
    const text = script.slice(i, end < 0 ? n : end);
    i = end < 0 ? n : end + 1;
    return text;
  };
  const skipSpace = () => {
    while (i < n && (script[i] === " " || script[i] === "	")) i++;
  };
  const delimited = (delimiter, regex = false) => {
    for (; i < n; i++) {
      if (script[i] === "\\") i++;
      else if (regex && script[i] === "[" && delimiter !== "[") {
        if (!bracket(delimiter)) return false;
      } else if (script[i] === delimiter) {
        i++;
        return true;
      } else if (script[i] === "\n" && delimiter !== "\n") return false;
    }
    return false;
  };
  const bracket = (delimiter) => {
    let j = i + 1;
    if (script[j] === "^") j++;
    if (script[j] === "]") j++;
    for (; j < n; j++) {
      const ch = script[j];
      if (ch === "]") {
        i = j;
        return true;
      }
      if (ch === delimiter || ch === "\\" || ch === "\n") return false;
      if (ch === "[" && (script[j + 1] === ":" || script[j + 1] === "=" || script[j + 1] === ".")) {
        const close = script.indexOf(script[j + 1] + "]", j + 2);
        if (close < 0) return false;
        for (let k = j + 2; k < close; k++) if (script[k] === delimiter || script[k] === "\\" || script[k] === "\n") return false;
        j = close + 1;
      }
    }
    return false;
  };
  const address = () => {
    skipSpace();
    if (script[i] === "/") {
      i++;
      if (!delimited("/", true)) return false;
      while (i < n && /[IM]/.test(script[i])) i++;
    } else if (script[i] === "\\" && i + 1 < n) {
      const delimiter = script[i + 1];
      i += 2;
      if (!delimited(delimiter, true)) return false;
      while (i < n && /[IM]/.test(script[i])) i++;
    } else if (script[i] === "$") i++;
    else while (i < n && /[0-9~+]/.test(script[i])) i++;
    return true;
  };
  while (i < n) {
    while (i < n && /[\s;}]/.test(script[i])) i++;
    if (i >= n) break;
    if (script[i] === "#") {
      restOfLine();
      continue;
    }
    if (!address()) return { ...out, opaque: "sed script with an address this reader does not follow" };
    skipSpace();
    if (script[i] === ",") {
      i++;
      if (!address()) return { ...out, opaque: "sed script with an address this reader does not follow" };
      skipSpace();
    }
    while (script[i] === "!" || script[i] === " ") i++;
    const command = script[i++];
    if (command === void 0) break;
    if (command === "{") continue;
    if ("dDgGhHlnNpPxz=FqQ".includes(command)) {
      while (i < n && /[0-9]/.test(script[i])) i++;
      continue;
    }
    if (command === ":" || command === "b" || command === "t" || command === "T") {
      while (i < n && script[i] !== ";" && script[i] !== "\n") i++;
      continue;
    }
    if (command === "a" || command === "i" || command === "c") {
      while (i < n) {
        const line = restOfLine();
        if (!line.endsWith("\\")) break;
      }
      continue;
    }
    if (command === "r" || command === "R") {
      skipSpace();
      out.reads.push(restOfLine());
      continue;
    }
    if (command === "w" || command === "W") {
      skipSpace();
      out.writes.push(restOfLine());
      continue;
    }
    if (command === "e") return { ...out, opaque: "sed script runs a command (e)" };
    if (command === "s" || command === "y") {
      const delimiter = script[i++];
      if (delimiter === void 0 || delimiter === "\n" || delimiter === "\\") return { ...out, opaque: `sed ${command} command this reader does not follow` };
      if (!delimited(delimiter, command === "s") || !delimited(delimiter)) return { ...out, opaque: `sed ${command} command this reader does not follow` };
      if (command === "y") continue;
      for (; i < n && /[gpiImMe0-9w]/.test(script[i]); i++) {
        if (script[i] === "e") return { ...out, opaque: "sed s///e runs the pattern space as a command" };
        if (script[i] === "w") {
          i++;
          skipSpace();
          out.writes.push(restOfLine());
          break;
        }
      }
      continue;
    }
    return { ...out, opaque: `sed command ${command} this reader does not follow` };
  }
  return out;
}

// src/shell/option-effects.ts
var NONE = Object.freeze({ implied: NO_TARGETS });
var URL_VALUE = /^(?!file:)[a-z][a-z0-9+.-]*:\/\//i;
function ready(table) {
  const out = readyRow(table);
  if (!table.bySubcommand) return out;
  out.bySubcommand = /* @__PURE__ */ new Map();
  out.globalValues = new Set(table.globalValues ?? []);
  for (const [subcommand, row] of Object.entries(table.bySubcommand)) {
    out.bySubcommand.set(subcommand, readyRow({ ...table, values: [...table.values, ...row.values], effects: { ...table.effects, ...row.effects } }));
  }
  return out;
}
function readyRow(table) {
  const effects = new Map(Object.entries(table.effects));
  const keepsOperands = table.urlOperands === true || [...effects.values()].includes("writes-operands");
  return { table, values: new Set(table.values), effects, keepsOperands };
}
var READY = lookupTable(Object.fromEntries(Object.entries(SIDE_EFFECTS).map(([program, table]) => [program, ready(table)])));
function add(reading, target2) {
  if (reading.implied === NO_TARGETS) reading.implied = [target2];
  else reading.implied.push(target2);
}
function addAll(reading, targets) {
  for (const target2 of targets) add(reading, target2);
}
function optionEffects(program, args) {
  const found = READY[program];
  if (!found) return NONE;
  const { table, values: values2, effects, keepsOperands } = withSubcommand(found, args);
  const reading = { program, table, implied: NO_TARGETS, runs: void 0, last: null, deletes: false };
  const prefixes = table.filePrefixes;
  const operands = keepsOperands ? [] : null;
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    const text = word.text;
    if (text === "--") {
      if (operands) for (let j = i + 1; j < args.length; j++) operands.push(args[j]);
      break;
    }
    const start = longNameStart2(text, table.singleDash === true);
    if (start > 0) {
      const eq = text.indexOf("=", start);
      const name = eq < 0 ? text.slice(start) : text.slice(start, eq);
      let value = eq < 0 ? void 0 : { ...word, text: text.slice(eq + 1) };
      if (value === void 0 && values2.has(name) && i + 1 < args.length) value = args[++i];
      apply(reading, name, effects.get(name), value, start === 2 ? "--" : "-");
      if (value && prefixes) filePrefixed(value, prefixes, reading);
      continue;
    }
    if (text.length > 1 && text.charCodeAt(0) === DASH4) {
      if (text.length > 2) {
        const multiLetter = text.slice(1);
        if (values2.has(multiLetter) && i + 1 < args.length) {
          const value = args[++i];
          apply(reading, multiLetter, effects.get(multiLetter), value, "-");
          if (prefixes) filePrefixed(value, prefixes, reading);
          continue;
        }
      }
      for (let c = 1; c < text.length; c++) {
        const letter = text[c];
        if (values2.has(letter)) {
          const attached = text.charCodeAt(c + 1) === EQUALS3 ? text.slice(c + 2) : text.slice(c + 1);
          const value = attached ? { ...word, text: attached } : args[++i];
          apply(reading, letter, effects.get(letter), value, "-");
          if (value && prefixes) filePrefixed(value, prefixes, reading);
          break;
        }
        apply(reading, letter, effects.get(letter), void 0, "-");
      }
      continue;
    }
    if (table.stopAtOperand) break;
    operands?.push(word);
    if (prefixes) filePrefixed(word, prefixes, reading);
  }
  if (table.urlOperands && operands) {
    for (const word of operands) if (URL_VALUE.test(word.text) || word.text.startsWith("oci://")) add(reading, networkTo(word));
  }
  if (reading.deletes && operands) {
    const starts = operands.filter((w) => !w.text.startsWith("-") && !/^[()!,]$/.test(w.text)).slice(0, 1);
    for (const start of starts.length ? starts : [{ text: "." }]) addAll(reading, fileWrite({ ...start, text: `${start.text.replace(/\/+$/, "")}/**` }));
  }
  if (program === "curl") curlExtras(args, reading);
  if (reading.last) kubectlExtras(reading.last, reading);
  if (program === "git") gitOperandReads(args, reading);
  if (reading.implied === NO_TARGETS && reading.runs === void 0) return NONE;
  return reading.runs === void 0 ? { implied: reading.implied } : { implied: reading.implied, runs: reading.runs };
}
var DASH4 = 45;
var EQUALS3 = 61;
function longNameStart2(text, singleDash) {
  if (text.charCodeAt(0) !== DASH4) return -1;
  const second = text.charCodeAt(1);
  if (second === DASH4) return text.length > 2 && text.charCodeAt(2) !== EQUALS3 ? 2 : -1;
  if (!singleDash || text.length < 2 || second === EQUALS3) return -1;
  const eq = text.indexOf("=", 1);
  return (eq < 0 ? text.length : eq) > 2 ? 1 : -1;
}
function apply(reading, option, effect, value, dashes) {
  const { program, table } = reading;
  if (value && program === "kubectl") (reading.last ??= /* @__PURE__ */ new Map()).set(option, value);
  if (value && optionValueRuns(program, option, value.text)) reading.runs ??= `${program} ${dashes}${option} ${value.text.split(/[=\s]/)[0]} runs a local command`;
  if (!effect) return;
  if (effect === "writes-operands") {
    reading.deletes = true;
    return;
  }
  if (effect === "runs") {
    reading.runs ??= `${program} ${dashes}${option} runs another program${value ? ` (${value.text})` : ""}`;
    return;
  }
  if (!value) return;
  if (table.settingOrFile?.includes(option) && /^[A-Za-z_][\w.-]*=/.test(value.text)) {
    const url = /[a-z][a-z0-9+.-]*:\/\/\S+/i.exec(value.text.slice(value.text.indexOf("=") + 1))?.[0];
    if (url) add(reading, networkTo({ ...value, text: url }));
    return;
  }
  if ((effect === "reads" || effect === "reads-input") && URL_VALUE.test(value.text)) {
    add(reading, networkTo(value));
    return;
  }
  if (effect === "copies-in") {
    if (URL_VALUE.test(value.text) || /^[a-z]+::/.test(value.text)) add(reading, networkTo({ ...value, text: value.text.replace(/^[a-z]+::/, "") }));
    else addAll(reading, recursiveRead(value, {}));
    addAll(reading, recursiveWrite({ text: "." }));
    return;
  }
  if (effect === "writes-under") {
    addAll(reading, recursiveWrite(value));
    return;
  }
  if (effect === "writes-output") {
    for (const target2 of fileWrite(value)) {
      target2.ownInput = `${program} writes its own output there (${dashes}${option})`;
      add(reading, target2);
    }
    return;
  }
  if (effect === "reads-input") {
    for (const target2 of fileRead(stripPrefix(value, table.filePrefixes))) {
      target2.ownInput = `${program} reads it as its own input (${dashes}${option})`;
      add(reading, target2);
    }
  } else if (effect === "reads" && table.keyedFiles?.includes(option)) {
    for (const pair of value.text.split(",")) addAll(reading, fileRead({ ...value, text: pair.slice(pair.indexOf("=") + 1) }));
  } else if (effect === "reads") addAll(reading, fileRead(stripPrefix(value, table.filePrefixes)));
  else if (effect === "writes") addAll(reading, fileWrite(value));
  else add(reading, networkTo(value));
}
function withSubcommand(found, args) {
  if (!found.bySubcommand) return found;
  let i = 0;
  while (i < args.length && args[i].text.startsWith("-") && args[i].text !== "--") {
    const text = args[i].text;
    const name = text.slice(text.charCodeAt(1) === DASH4 ? 2 : 1);
    i += found.globalValues.has(name) ? 2 : 1;
  }
  return i < args.length && found.bySubcommand.get(args[i].text) || found;
}
function stripPrefix(word, prefixes) {
  const prefix = prefixes?.find((p) => word.text.startsWith(p));
  return prefix ? { ...word, text: word.text.slice(prefix.length) } : word;
}
function filePrefixed(word, prefixes, reading) {
  if (readPrefixed(word, 0, prefixes, reading)) return;
  const eq = word.text.indexOf("=");
  if (eq >= 0) readPrefixed(word, eq + 1, prefixes, reading);
}
function readPrefixed(word, from, prefixes, reading) {
  const text = word.text;
  for (const prefix of prefixes) {
    if (!text.startsWith(prefix, from) || text.length - from <= prefix.length) continue;
    addAll(reading, fileRead({ ...word, text: text.slice(from + prefix.length) }));
    return true;
  }
  return false;
}
function curlExtras(args, reading) {
  const globOff = args.some((a) => a.text === "-g" || a.text === "--globoff");
  for (let i = 0; i < args.length; i++) {
    const text = args[i].text;
    const form = /^(?:-F|--form)(?:=(.*))?$/s.exec(text);
    const urlencode = /^--data-urlencode(?:=(.*))?$/s.exec(text);
    if (form || urlencode) {
      const value = (form ?? urlencode)[1] ?? args[++i]?.text ?? "";
      const file = form ? /=[<@]([^;]+)/.exec(value)?.[1] : /^[^=]*@(.+)$/s.exec(value)?.[1];
      if (file) addAll(reading, fileRead({ ...args[i], text: file }));
      continue;
    }
    if (!globOff && !text.startsWith("-") && /^[a-z]+:\/\/|^[\w.-]+\.[a-z]{2,}\//i.test(text) && /[[{]/.test(text)) {
      add(reading, { action: { type: "network.request", destination: text }, opaque: `curl expands the URL glob in ${text} into other URLs` });
    }
  }
}
var TEMPLATE_FILE_OUTPUTS = /* @__PURE__ */ new Set(["go-template-file", "jsonpath-file", "templatefile", "custom-columns-file"]);
function kubectlExtras(last, reading) {
  const output = (last.get("output") ?? last.get("o"))?.text;
  const template = last.get("template");
  if (output !== void 0 && TEMPLATE_FILE_OUTPUTS.has(output) && template) addAll(reading, fileRead(template));
  const kustomization = last.get("kustomize") ?? last.get("k");
  if (kustomization && /^(github\.com|gitlab\.com|bitbucket\.org)\/|^git@|^[a-z]+::|^[a-z][a-z0-9+.-]*:\/\/|\/\//i.test(kustomization.text)) {
    add(reading, { action: { type: "network.request", destination: kustomization.text }, opaque: `kubectl runs git to fetch the remote kustomization ${kustomization.text}` });
  }
  const profile = last.get("profile");
  if (profile && profile.text !== "none" && !last.has("profile-output")) addAll(reading, fileWrite({ text: "profile.pprof" }));
}
function withOwnInput(target2, why) {
  target2.ownInput = why;
  return target2;
}
var GIT_GLOBAL_VALUES = /* @__PURE__ */ new Set(["-C", "-c", "--git-dir", "--work-tree", "--namespace", "--config-env", "--exec-path", "--super-prefix"]);
var GIT_PRINTS_PATHS = /* @__PURE__ */ new Set(["diff", "log", "show", "blame", "grep", "whatchanged", "cat-file", "annotate"]);
var GIT_REMOTE_FIRST = /* @__PURE__ */ new Set(["clone", "fetch", "pull", "push", "ls-remote", "archive"]);
var OUTSIDE = /^(\/|~|\.\.(\/|$))/;
function gitRemote(text) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return /^file:/i.test(text) ? null : text;
  const scp = /^(?:[^@/:\s]+@)?(\[[^\]]+\]|[^/:\s]+):(?!\/\/)/.exec(text);
  return scp ? `ssh://${scp[1]}/${text.slice(scp[0].length)}` : null;
}
function gitOperandReads(args, reading) {
  let i = 0;
  while (i < args.length && args[i].text.startsWith("-")) i += GIT_GLOBAL_VALUES.has(args[i].text) ? 2 : 1;
  const subcommand = args[i]?.text;
  if (!subcommand) return;
  if (GIT_REMOTE_FIRST.has(subcommand)) {
    let first;
    for (let j = i + 1; j < args.length && !first; j++) if (!args[j].text.startsWith("-")) first = args[j];
    const remote = first ? gitRemote(first.text) : null;
    if (first && remote) add(reading, networkTo(first, remote));
    return;
  }
  if (!GIT_PRINTS_PATHS.has(subcommand)) return;
  const repositoryCopy = `git ${subcommand} prints what the repository holds of it`;
  let noIndex = false;
  if (subcommand === "diff") for (let j = i + 1; j < args.length && !noIndex; j++) noIndex = args[j].text === "--no-index";
  let afterDashes = false;
  for (let j = i + 1; j < args.length; j++) {
    const word = args[j];
    const text = word.text;
    if (!afterDashes && text === "--") {
      afterDashes = true;
      continue;
    }
    if (!afterDashes && text.startsWith("-")) {
      const lines = text.startsWith("-L") ? /^-L[^:]*:(.+)$/s.exec(text)?.[1] : void 0;
      if (lines) gitPathRead(reading, word, lines, OUTSIDE.test(lines), repositoryCopy);
      continue;
    }
    const inRevision = !afterDashes && text.includes(":") ? /^[^:/\s]*:(?!\/\/)(.+)$/s.exec(text)?.[1] : void 0;
    if (inRevision !== void 0) {
      gitPathRead(reading, word, inRevision.replace(/^\//, ""), false, repositoryCopy);
      continue;
    }
    gitPathRead(reading, word, text, noIndex || OUTSIDE.test(text), repositoryCopy);
  }
}
function gitPathRead(reading, word, path, plain, repositoryCopy) {
  if (path.startsWith(":(")) {
    add(reading, { action: { type: "file.read", path }, opaque: `the pathspec ${path} uses pathspec magic: git prints every file it matches` });
    return;
  }
  const wild = path.search(/[*?[]/);
  if (wild >= 0) {
    const folder = path.slice(0, wild).replace(/[^/]*$/, "").replace(/\/+$/, "") || ".";
    const last = path.slice(path.lastIndexOf("/") + 1);
    const filters = /^\*[^*?[\]/]*$/.test(last) && path.indexOf("/", wild) < 0 ? { include: [last] } : {};
    for (const target2 of recursiveRead({ ...word, text: folder }, filters)) add(reading, plain ? target2 : withOwnInput(target2, repositoryCopy));
    return;
  }
  for (const target2 of fileRead({ ...word, text: path })) add(reading, plain ? target2 : withOwnInput(target2, repositoryCopy));
}
var ENVIRONMENT_EFFECTS = lookupTable({
  // git appends its trace to an absolute path (1, 2, true or a descriptor number mean stderr).
  GIT_TRACE: { effect: "writes", why: "git appends its trace there" },
  GIT_INDEX_FILE: { effect: "writes", why: "git rewrites that index" },
  GIT_COMMON_DIR: { effect: "opaque", why: "GIT_COMMON_DIR makes git read another repository's config, whose core.fsmonitor or hooks run programs" },
  GIT_OBJECT_DIRECTORY: { effect: "reads", why: "git reads objects there" },
  GIT_ALTERNATE_OBJECT_DIRECTORIES: { effect: "reads", why: "git reads objects there" },
  TF_LOG_PATH: { effect: "writes", why: "terraform appends its log there" },
  TAR_OPTIONS: { effect: "opaque", why: "TAR_OPTIONS adds options to every tar run (--to-command, --checkpoint-action=exec run programs)" },
  RSYNC_RSH: { effect: "runs", why: "RSYNC_RSH is the program rsync runs to reach a host (like -e)" },
  RSYNC_CONNECT_PROG: { effect: "runs", why: "RSYNC_CONNECT_PROG is a program rsync runs to reach a daemon" },
  RSYNC_PROXY: { effect: "reaches", why: "rsync connects through that proxy" },
  POSIXLY_CORRECT: { effect: "opaque", why: "POSIXLY_CORRECT makes every word after the first operand an operand (rsync a/ b/ --dry-run copies for real into ./--dry-run)" },
  POSIX_ME_HARDER: { effect: "opaque", why: "POSIX_ME_HARDER makes every word after the first operand an operand" },
  HELM_PLUGINS: { effect: "runs", why: "helm runs plugins (and downloader plugins for chart URLs) from HELM_PLUGINS" },
  HELM_CONFIG_HOME: { effect: "opaque", why: "HELM_CONFIG_HOME moves helm's repositories, registry credentials and plugins" },
  HELM_DATA_HOME: { effect: "opaque", why: "HELM_DATA_HOME moves helm's plugins and starters" },
  HELM_CACHE_HOME: { effect: "opaque", why: "HELM_CACHE_HOME is where helm writes its cache" },
  HELM_REGISTRY_CONFIG: { effect: "reads", why: "helm reads registry credentials there" },
  HELM_REPOSITORY_CONFIG: { effect: "reads", why: "helm reads repositories there" },
  KUBECACHEDIR: { effect: "writes", why: "kubectl writes its cache there (like --cache-dir)" },
  KUBERC: { effect: "reads", why: "kubectl reads default options and aliases there" }
});
function environmentRow(variable) {
  return ENVIRONMENT_EFFECTS[/^GIT_TRACE\w*$/.test(variable) ? "GIT_TRACE" : variable];
}
function hasEnvironmentEffect(variable) {
  return environmentRow(variable) !== void 0;
}
function environmentEffects(env) {
  const out = { implied: [] };
  for (const [variable, value] of Object.entries(env)) {
    const row = environmentRow(variable);
    if (!row || value === "") continue;
    if (row.effect === "runs" || row.effect === "opaque") out.runs ??= `${variable}=${value}: ${row.why}`;
    else if (row.effect === "reaches") out.implied.push(networkTo({ text: value }));
    else if (row.effect === "reads") for (const path of value.split(":").filter(Boolean)) out.implied.push(...fileRead({ text: path }));
    else if (!variable.startsWith("GIT_TRACE") || /^[/~]/.test(value)) out.implied.push(...fileWrite({ text: value }));
  }
  return out;
}

// src/shell/continuations.ts
var COMMENT_AFTER = /* @__PURE__ */ new Set([void 0, " ", "	", "\n", ";", "&", "|", "(", "<", ">"]);
function joinContinuations(source) {
  if (source.includes("\r")) {
    return { opaque: "contains a carriage return, which bash keeps inside the word (it is not a line ending to bash)" };
  }
  if (!source.includes("\\\n")) return { source };
  if (/<<|`/.test(source) || /\bcase\b/.test(source)) {
    return { opaque: "a backslash-newline inside a here-doc, backquotes or case is not followed by the analysis" };
  }
  const stack = [{ state: "normal", parens: [] }];
  let closed = "group";
  let out = "";
  let escapedAt = -1;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    const top = stack[stack.length - 1];
    switch (top.state) {
      case "single":
        out += ch;
        if (ch === "'") stack.pop();
        continue;
      case "ansi":
        out += ch;
        if (ch === "\\" && i + 1 < source.length) out += source[++i];
        else if (ch === "'") stack.pop();
        continue;
      case "comment":
        if (ch === "\\" && source[i + 1] === "\n") continue;
        out += ch;
        if (ch === "\n") stack.pop();
        continue;
      case "double":
        if (ch === "\\" && source[i + 1] === "\n") {
          i++;
          continue;
        }
        out += ch;
        if (ch === "\\" && i + 1 < source.length) out += source[++i];
        else if (ch === '"') stack.pop();
        else if (ch === "$" && source[i + 1] === "(") {
          out += source[++i];
          stack.push({ state: "normal", parens: ["word"] });
        }
        continue;
      case "normal": {
        if (ch === "\\" && source[i + 1] === "\n") {
          i++;
          continue;
        }
        const before = out.length > 0 ? out[out.length - 1] : void 0;
        const afterEscape = escapedAt === out.length - 1;
        out += ch;
        if (ch === "\\" && i + 1 < source.length) {
          out += source[++i];
          escapedAt = out.length - 1;
        } else if (ch === "'") stack.push({ state: before === "$" && !afterEscape ? "ansi" : "single", parens: [] });
        else if (ch === '"') stack.push({ state: "double", parens: [] });
        else if (ch === "#" && !afterEscape && (COMMENT_AFTER.has(before) || before === ")" && closed === "group")) {
          stack.push({ state: "comment", parens: [] });
        } else if (ch === "(" && !afterEscape) {
          const inner = before === "(" && top.parens[top.parens.length - 1] === "word";
          top.parens.push(before === "$" && escapedAt !== out.length - 2 || inner ? "word" : "group");
        } else if (ch === ")" && !afterEscape && top.parens.length > 0) {
          closed = top.parens.pop();
          if (top.parens.length === 0 && stack.length > 1) stack.pop();
        }
        continue;
      }
    }
  }
  return { source: out };
}

// src/shell/wrappers.ts
var SENSITIVE_VARIABLE = /^(HOME|XDG_CONFIG_HOME|CDPATH|OLDPWD|LESSOPEN|LESSCLOSE|LESS|LESSKEY\w*|MANPAGER|GIT_DIR|GIT_WORK_TREE|GIT_COMMON_DIR|GIT_OBJECT_DIRECTORY|GIT_ALTERNATE_OBJECT_DIRECTORIES|GIT_INDEX_FILE|XDG_DATA_HOME|TF_DATA_DIR|PATH|IFS|BASH_ENV|ENV|SHELLOPTS|BASHOPTS|PS4|PROMPT_COMMAND|LD_PRELOAD|LD_LIBRARY_PATH|LD_AUDIT|DYLD_\w+|BASH_FUNC_\w+|GIT_SSH|GIT_SSH_COMMAND|GIT_EXEC_PATH|GIT_EXTERNAL_DIFF|GIT_PAGER|GIT_EDITOR|GIT_ASKPASS|GIT_PROXY_COMMAND|GIT_CONFIG\w*|PAGER|EDITOR|VISUAL|SSH_ASKPASS|KUBE_EDITOR|KUBECTL_EXTERNAL_DIFF|PYTHONSTARTUP|PYTHONPATH|PERL5OPT|PERL5LIB|RUBYOPT|NODE_OPTIONS|BROWSER)$/;
var ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/s;
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "zsh", "dash", "ksh", "ash", "mksh", "yash", "fish", "csh", "tcsh", "rbash"]);
var INLINE_CODE = lookupTable({
  python: "c",
  python2: "c",
  python3: "c",
  perl: "eE",
  ruby: "e",
  node: "ep",
  nodejs: "ep",
  php: "r",
  lua: "e",
  deno: "",
  pwsh: "c",
  powershell: "c"
});
var WRAPPER_SPECS = lookupTable({
  sudo: {
    shortValue: "CDghpRrtTUu",
    shortFlag: "AbEeHiKklnPSsVv",
    longValue: ["close-from", "chdir", "group", "host", "prompt", "chroot", "role", "type", "command-timeout", "other-user", "user"],
    longFlag: [
      "askpass",
      "background",
      "preserve-env",
      "edit",
      "set-home",
      "login",
      "remove-timestamp",
      "reset-timestamp",
      "list",
      "non-interactive",
      "preserve-groups",
      "stdin",
      "shell",
      "version",
      "validate"
    ],
    stopAtOperand: true,
    strict: true
  },
  doas: { shortValue: "Cu", shortFlag: "nSs", stopAtOperand: true, strict: true },
  nohup: { stopAtOperand: true, strict: true },
  setsid: { shortFlag: "cfw", longFlag: ["ctty", "fork", "wait"], stopAtOperand: true, strict: true },
  time: { shortFlag: "pv", shortValue: "fo", longValue: ["format", "output"], longFlag: ["portability", "verbose", "append"], stopAtOperand: true, strict: true },
  builtin: { stopAtOperand: true, strict: true },
  command: { shortFlag: "pvV", stopAtOperand: true, strict: true },
  exec: { shortFlag: "cl", shortValue: "a", stopAtOperand: true, strict: true },
  timeout: { shortValue: "sk", shortFlag: "v", longValue: ["signal", "kill-after"], longFlag: ["preserve-status", "foreground", "verbose"], stopAtOperand: true, strict: true },
  stdbuf: { shortValue: "ioe", longValue: ["input", "output", "error"], stopAtOperand: true, strict: true },
  ionice: { shortValue: "cnpPu", shortFlag: "t", longValue: ["class", "classdata", "pid", "pgid", "uid"], longFlag: ["ignore"], stopAtOperand: true, strict: true },
  chroot: { longValue: ["userspec", "groups"], longFlag: ["skip-chdir"], stopAtOperand: true, strict: true },
  flock: { shortValue: "wEc", shortFlag: "sxunoFe", longValue: ["timeout", "conflict-exit-code", "command", "wait"], longFlag: ["shared", "exclusive", "unlock", "nonblock", "close", "no-fork", "verbose"], stopAtOperand: true, strict: true },
  strace: { shortValue: "eoOpsSuabEIPX", shortFlag: "fFchiqrtTvVwxyzCDkn", stopAtOperand: true, strict: true },
  ltrace: { shortValue: "eoOpsSuabEIPXnlAL", shortFlag: "fFchiqrtTvVwxyzCDk", stopAtOperand: true, strict: true },
  watch: { shortValue: "nq", shortFlag: "bcdeghprtwx", longValue: ["interval", "equexit"], longFlag: ["beep", "color", "no-color", "differences", "errexit", "chgexit", "no-title", "no-wrap", "precise", "exec", "no-linewrap"], stopAtOperand: true, strict: true },
  nice: { shortValue: "n", longValue: ["adjustment"], stopAtOperand: true, strict: true },
  env: {
    shortValue: "uCSP",
    shortFlag: "i0v",
    longValue: ["unset", "chdir", "split-string", "default-signal", "ignore-signal", "block-signal"],
    longFlag: ["ignore-environment", "null", "debug", "list-signal-handling"],
    stopAtOperand: true,
    strict: true
  }
});
function sensitiveAssignment(word) {
  const m = ASSIGNMENT.exec(word.text);
  return m && (SENSITIVE_VARIABLE.test(m[1]) || TOOL_ENVIRONMENT.has(m[1]) || TOOL_ENVIRONMENT_OPAQUE.test(m[1])) ? m[1] : null;
}
function skipAssignments(words2) {
  let i = 0;
  for (; i < words2.length && ASSIGNMENT.test(words2[i].text); i++) {
    const name = sensitiveAssignment(words2[i]);
    if (name) return { rest: words2.slice(i), sensitive: name };
  }
  return { rest: words2.slice(i) };
}
function afterOperands(operands, then) {
  return operands.length === 0 ? { kind: "self" } : then(operands);
}
function unwrap(name, args) {
  if (name === "xargs") return unwrapXargs(args);
  if (name === "busybox") return args.length ? { kind: "command", words: args } : { kind: "self" };
  const spec = WRAPPER_SPECS[name];
  if (!spec) return null;
  const normalised = name === "nice" && args[0] && /^-\d+$/.test(args[0].text) ? args.slice(1) : args;
  const parsed = parseOptions(normalised, spec);
  if (parsed.error) return { kind: "opaque", reason: `${name}: ${parsed.error}, so the command it runs is unknown` };
  const operands = parsed.operands;
  switch (name) {
    case "sudo": {
      if (hasOption(parsed, "e", "edit")) return { kind: "opaque", reason: "sudo -e edits files as another user" };
      if (hasOption(parsed, "s", "i", "shell", "login")) {
        return operands.length ? { kind: "script", words: operands } : { kind: "opaque", reason: "starts an interactive shell as another user" };
      }
      return afterOperands(operands, (rest) => withChdir({ kind: "command", words: rest }, optionValues(parsed, "D", "chdir")));
    }
    case "doas":
      if (hasOption(parsed, "s")) return { kind: "opaque", reason: "starts an interactive shell as another user" };
      return afterOperands(operands, (rest) => ({ kind: "command", words: rest }));
    case "command":
      if (hasOption(parsed, "v", "V")) return { kind: "self" };
      return afterOperands(operands, (rest) => ({ kind: "command", words: rest }));
    case "exec":
      return operands.length ? { kind: "command", words: operands } : { kind: "none" };
    case "timeout":
      return operands.length < 2 ? { kind: "self" } : { kind: "command", words: operands.slice(1) };
    case "chroot":
      if (operands.length === 0) return { kind: "self" };
      if (operands.length === 1) return { kind: "opaque", reason: "chroot without a command starts a shell" };
      return { kind: "command", words: operands.slice(1) };
    case "flock": {
      const command = optionValues(parsed, "c", "command");
      if (command.length) return { kind: "script", words: command };
      return operands.length < 2 ? { kind: "self" } : { kind: "command", words: operands.slice(1) };
    }
    case "ionice":
    case "strace":
    case "ltrace":
      if (hasOption(parsed, "p", "P", "u", "pid", "pgid", "uid")) return { kind: "self" };
      return afterOperands(operands, (rest) => ({ kind: "command", words: rest }));
    case "watch":
      if (hasOption(parsed, "x", "exec")) return afterOperands(operands, (rest) => ({ kind: "command", words: rest }));
      return afterOperands(operands, (rest) => ({ kind: "script", words: rest }));
    case "env": {
      const split = optionValues(parsed, "S", "split-string");
      const { rest, sensitive } = skipAssignments(operands);
      if (sensitive) return { kind: "opaque", reason: `env sets ${sensitive}, which changes what the command runs` };
      const chdir = optionValues(parsed, "C", "chdir");
      if (split.length) {
        if (chdir.length) return { kind: "opaque", reason: "env -C with -S runs a script in another folder" };
        return { kind: "script", words: [...split, ...rest.map(quoteForScript)] };
      }
      return afterOperands(rest, (words2) => withChdir({ kind: "command", words: words2 }, chdir));
    }
    default:
      return afterOperands(operands, (rest) => ({ kind: "command", words: rest }));
  }
}
function withChdir(unwrapped, folders) {
  const last = folders[folders.length - 1];
  return last ? { ...unwrapped, chdir: last } : unwrapped;
}
function quoteForScript(word) {
  if (/^[\w@%+=:,./-]+$/.test(word.text)) return word;
  return { ...word, text: `'${word.text.replace(/'/g, `'\\''`)}'` };
}
function unwrapXargs(args) {
  let replace = null;
  const reads = [];
  let i = 0;
  for (; i < args.length; i++) {
    const text = args[i].text;
    if (text === "--") {
      i++;
      break;
    }
    if (!text.startsWith("-") || text === "-") break;
    let m;
    if (m = /^-I(.*)$/s.exec(text)) replace = m[1] || args[++i]?.text || "{}";
    else if ((m = /^-i(.*)$/s.exec(text)) || (m = /^--replace(?:=(.*))?$/s.exec(text))) replace = m[1] || "{}";
    else if (text === "-a" || text === "--arg-file") {
      const file = args[++i];
      if (file) reads.push(file);
    } else if (m = /^-a(.+)$|^--arg-file=(.*)$/s.exec(text)) reads.push({ ...args[i], text: m[1] ?? m[2] });
    else if (/^-[dELnPs]$/.test(text)) i++;
    else if (/^-[dELnPs].|^-[el].*|^--(delimiter|eof|max-lines|max-args|max-procs|max-chars|process-slot-var)=/s.test(text)) continue;
    else if (/^-[0rtpxo]+$/.test(text) || /^--(null|no-run-if-empty|verbose|interactive|exit|open-tty|show-limits)$/.test(text)) continue;
    else return { kind: "opaque", reason: `xargs: unknown option ${text}, so the command it runs is unknown` };
  }
  const words2 = args.slice(i);
  const withReads = (u) => reads.length && u.kind === "command" ? { ...u, reads } : u;
  if (words2.length === 0) return reads.length ? withReads({ kind: "command", words: [{ text: "echo" }], extraArgs: "xargs adds arguments read from a file at run time" }) : { kind: "self" };
  if (replace === null) return withReads({ kind: "command", words: words2, extraArgs: "xargs adds arguments read from standard input at run time" });
  const marker = replace;
  return withReads({
    kind: "command",
    words: words2.map((w) => marker && w.text.includes(marker) ? { ...w, dynamic: w.dynamic ?? `contains ${marker}, replaced by input read at run time` } : w)
  });
}
var SHELL_OPTIONS = {
  shortValue: "oO",
  shortFlag: "abcefhiklmnprstuvxBCDEHPT",
  longValue: ["rcfile", "init-file"],
  longFlag: [
    "login",
    "norc",
    "noprofile",
    "posix",
    "noediting",
    "restricted",
    "verbose",
    "debugger",
    "dump-strings",
    "dump-po-strings",
    "pretty-print",
    "help",
    "version",
    "no-rcs",
    "interactive",
    "no-config",
    "private"
  ],
  stopAtOperand: true,
  strict: true
};
function shellRun(name, args) {
  const filtered = [];
  for (let i = 0; i < args.length; i++) {
    if (/^\+O$|^\+o$/.test(args[i].text)) i++;
    else if (!/^\+[a-zA-Z]+$/.test(args[i].text)) filtered.push(args[i]);
  }
  const parsed = parseOptions(filtered, SHELL_OPTIONS);
  if (parsed.error) return { kind: "opaque", reason: `${name}: ${parsed.error}, so the script it runs is unknown` };
  if (hasOption(parsed, "c")) {
    const script = parsed.operands[0];
    return script ? { kind: "script", script } : { kind: "opaque", reason: `${name} -c without a script` };
  }
  if (hasOption(parsed, "s") || parsed.operands.length === 0 || parsed.operands[0].text === "-") return { kind: "stdin" };
  return { kind: "file", file: parsed.operands[0] };
}
var SU_OPTIONS = {
  shortValue: "cgGsw",
  shortFlag: "lmpfP",
  longValue: ["command", "session-command", "group", "supp-group", "shell", "whitelist-environment"],
  longFlag: ["login", "preserve-environment", "fast", "pty"],
  strict: true
};
function suCommand(args) {
  const parsed = parseOptions(args.filter((w) => w.text !== "-"), SU_OPTIONS);
  if (parsed.error) return `su: ${parsed.error}, so the command it runs is unknown`;
  return optionValues(parsed, "c", "command", "session-command")[0] ?? "su without -c starts an interactive shell";
}
function inlineCodeReason(name, args) {
  const inline = INLINE_OPTIONS.get(name) ?? INLINE_OPTIONS.get(unversioned(name));
  if (inline === void 0) {
    const editor = EDITOR_COMMANDS.get(name);
    return editor ? editorCommandReason(name, editor, args) : name === "sed" || name === "gsed" ? sedReason(args) : null;
  }
  for (const arg of args) {
    if (!arg.text.startsWith("-")) break;
    if (inline.test(arg.text) || INLINE_LONG.test(arg.text)) return `${name} runs inline code that cannot be analysed`;
  }
  return name === "deno" && args[0]?.text === "eval" ? "deno eval runs inline code that cannot be analysed" : null;
}
var EDITOR_COMMANDS = new Map([
  ...["vi", "vim", "view", "nvim", "ex", "vimdiff", "gvim", "gview", "gvimdiff", "evim", "eview", "rvim", "rview", "rgvim", "rgview", "vim.basic", "vim.tiny", "vim.nox", "vim.gtk3"].map(
    (name) => [name, /^\+\d*$/]
  ),
  ["nano", /^\+[\d,]*$/],
  ["emacs", /^\+[\d:]*$/]
]);
function editorCommandReason(name, plain, args) {
  for (const arg of args) if (arg.text.startsWith("+") && !plain.test(arg.text)) return `${name} ${arg.text} runs an editor command that cannot be analysed`;
  return null;
}
function sedReason(args) {
  const parsed = parseOptions(args, SED);
  if (hasOption(parsed, "sandbox")) return null;
  const file = optionValues(parsed, "f", "file")[0];
  if (file) return `sed runs the script file ${file.text}, whose commands (e runs a program) are not analysed`;
  const given2 = hasOption(parsed, "e", "expression");
  for (const script of given2 ? optionValues(parsed, "e", "expression") : parsed.operands.slice(0, 1)) {
    if (script.dynamic || script.expands) continue;
    const { opaque } = sedScript(script.text);
    if (opaque) return opaque;
  }
  return null;
}
var INLINE_OPTIONS = new Map(Object.entries(INLINE_CODE).map(([program, letters]) => [program, new RegExp(`^-[a-zA-Z]*[${letters || "-"}]`)]));
var INLINE_LONG = /^--(eval|print|command)\b/;
function awkReason(args) {
  const parsed = parseOptions(args, AWK);
  const file = parsed.options.find((o) => /^(f|file|E|exec|i|include)$/.test(o.name));
  if (file) return `awk runs the program file ${file.value?.text ?? ""}, whose commands are not analysed`;
  if (hasOption(parsed, "l", "load")) return "awk loads an extension library, which runs code";
  const w = optionValues(parsed, "W").find((v) => /^(e|f|i|l|s)/.test(v.text));
  if (w) return `awk -W ${w.text} reads a program file or loads code, which the analysis does not follow`;
  const inline = optionValues(parsed, "e", "source");
  const programs = inline.length || hasOption(parsed, "e", "source") ? inline : parsed.operands.slice(0, 1);
  for (const program of programs) {
    const text = program.text;
    if (/system\s*\(|\|\s*(getline|&)|\|\s*"/.test(text)) return "awk program runs commands";
    if (/\bgetline\b/.test(text)) return "awk program reads with getline a file or command output the analysis does not follow";
    if (/\bprintf?\b[^;{}\n]*>/.test(text)) return "awk program writes to a file the analysis does not follow";
    if (/@(include|load|namespace)\b/.test(text)) return "awk program includes other source or loads an extension";
    if (/@[A-Za-z_]\w*\s*\(/.test(text)) return "awk program calls a function indirectly (@NAME()), which may be system()";
  }
  return null;
}
function gitReason(args) {
  for (let i = 0; i < args.length; i++) {
    const text = args[i].text;
    const config = text === "-c" ? args[i + 1]?.text : /^-c(.+)$|^--config-env=(.+)$/s.exec(text)?.slice(1).find(Boolean);
    if (config && /^(core\.(sshcommand|pager|editor|hookspath|fsmonitor|gitproxy|askpass)|alias\.|credential\.|diff\..*\.(textconv|command)|filter\.|merge\..*\.driver|sequence\.editor|uploadpack\.packobjectshook|protocol\..*\.allow)/i.test(config)) {
      return `git -c ${config.split("=")[0]} makes git run another program`;
    }
    if (/^--(exec-path|upload-pack|receive-pack)=?/.test(text)) return `git ${text.split("=")[0]} makes git run another program`;
    if (!text.startsWith("-")) break;
    if (text === "-C" || text === "-c") i++;
  }
  for (const arg of args) {
    if (/^--(upload-pack|receive-pack|exec)=?/.test(arg.text) || /^ext::/.test(arg.text)) return `git ${arg.text.split("=")[0]} runs another program`;
  }
  return null;
}
var CONTAINER_EXEC_OPTIONS = {
  shortValue: "euw",
  shortFlag: "itd",
  longValue: ["env", "env-file", "user", "workdir", "detach-keys"],
  longFlag: ["interactive", "tty", "detach", "privileged"],
  stopAtOperand: true,
  strict: true
};
var KUBECTL_EXEC_OPTIONS = {
  shortValue: "cnfs",
  longValue: ["container", "namespace", "filename", "pod-running-timeout", "context", "cluster", "kubeconfig", "server", "user"]
};
function remoteRun(name, args) {
  if (name === "ssh") {
    const parsed = parseOptions(args, SSH);
    for (const option of optionValues(parsed, "o")) {
      if (/^\s*(ProxyCommand|LocalCommand|KnownHostsCommand|PermitLocalCommand|Match)\b/i.test(option.text)) {
        return { opaque: `ssh -o ${option.text.split(/[=\s]/)[0]} runs a local command` };
      }
    }
    if (hasOption(parsed, "F")) return { opaque: "ssh -F reads a config file that may run local commands" };
    const remote = parsed.operands.slice(1);
    return remote.length ? { script: remote } : null;
  }
  if (name === "docker" || name === "podman" || name === "nerdctl") {
    const at = args[0]?.text === "container" ? 1 : 0;
    if (args[at]?.text !== "exec") return null;
    const parsed = parseOptions(args.slice(at + 1), CONTAINER_EXEC_OPTIONS);
    if (parsed.error) return { opaque: `${name} exec: ${parsed.error}, so the command it runs is unknown` };
    const argv = parsed.operands.slice(1);
    return argv.length ? { argv } : null;
  }
  if (name === "kubectl") {
    const exec = args.findIndex((a) => a.text === "exec");
    if (exec < 0) return null;
    const dashes = args.findIndex((a, i) => i > exec && a.text === "--");
    if (dashes >= 0) return { argv: args.slice(dashes + 1) };
    const parsed = parseOptions(args.slice(exec + 1), KUBECTL_EXEC_OPTIONS);
    return parsed.operands.length > 1 ? { opaque: "kubectl exec without -- : cannot tell the command from its options" } : null;
  }
  return null;
}

// src/shell/evaluated.ts
var ARITHMETIC_TEST = /* @__PURE__ */ new Set(["-eq", "-ne", "-lt", "-le", "-gt", "-ge"]);
var PLAIN_SUBSCRIPT = /^(\d+|@|\*)$/;
var NUMBER_LITERALS = /\b(0[xX][0-9a-fA-F]+|\d+#[0-9A-Za-z@_]+|\d+)\b/g;
function namelessArithmetic(expression) {
  let text = expression;
  for (let previous = ""; previous !== text; ) {
    previous = text;
    text = text.replace(/\$\(\(([^$()`]*(?:\([^$()`]*\))*[^$()`]*)\)\)/g, (whole, body) => namelessArithmetic(body) ? " 0 " : whole);
  }
  return /^[\s\d+\-*/%()<>=!&|^~?:,]*$/.test(text.replace(NUMBER_LITERALS, " 0 ")) && /\d/.test(text);
}
function arithmeticReason(what, expression) {
  if (constantArithmetic(expression) !== null || namelessArithmetic(expression)) return null;
  return `${what} \`${expression.trim()}\` is evaluated as arithmetic at run time: a variable's value in it is evaluated as code (an array subscript may run a command)`;
}
function subscriptIndex(node) {
  const open = node.children.findIndex((c) => c.type === "[");
  const close = node.children.findIndex((c) => c.type === "]");
  if (open < 0 || close < 0) return node.text;
  return node.text.slice(node.children[open].endIndex - node.startIndex, node.children[close].startIndex - node.startIndex);
}
function evaluatedCodeReason(node) {
  switch (node.type) {
    case "arithmetic_expansion":
      return arithmeticReason("arithmetic expansion", node.text.replace(/^\$\(\(|\)\)$/g, "").replace(/^\$\[|\]$/g, ""));
    case "compound_statement":
      if (node.text.startsWith("((")) return arithmeticReason("arithmetic command", node.text.slice(2, -2));
      return null;
    case "binary_expression": {
      const operator = node.children.find((c) => c.type === "test_operator");
      if (!operator || !ARITHMETIC_TEST.has(operator.text)) return null;
      for (const operand of node.namedChildren) {
        if (operand.id === operator.id) continue;
        const reason = arithmeticReason(`[[ ${operator.text} ]] operand`, operand.text);
        if (reason) return reason;
      }
      return null;
    }
    case "unary_expression": {
      const operator = node.children.find((c) => c.type === "test_operator");
      if (operator?.text === "-v" && node.text.includes("[")) return `[[ -v ]] with a subscript evaluates it as arithmetic at run time`;
      return null;
    }
    case "subscript": {
      const index = subscriptIndex(node);
      if (PLAIN_SUBSCRIPT.test(index.trim())) return null;
      return `array subscript [${index}] is evaluated as arithmetic at run time (a variable's value in it is evaluated as code)`;
    }
    case "expansion":
      return expansionReason(node.text);
    case "declaration_command":
      return declarationReason(node) ?? declaredWordsReason(node);
    case "unset_command":
      return declaredWordsReason(node);
    default:
      return null;
  }
}
function declaredWordsReason(node) {
  const unset = node.type === "unset_command";
  const command = unset ? "unset" : node.text.split(/[\s;&|]/, 1)[0];
  for (const argument of node.namedChildren) {
    if (argument.type === "variable_assignment" || argument.type === "variable_name" || argument.type === "subscript") continue;
    const text = argument.text;
    if (argument.type === "word" && (text[0] === "-" || text[0] === "+")) continue;
    if (!unset && (text.includes("=") || text.includes("$") || text.includes("`"))) {
      return `${command} ${text} assigns through quoted or computed text, which the analysis does not read as an assignment`;
    }
    const open = text.indexOf("[");
    if (open < 0) continue;
    const close = text.indexOf("]", open);
    const literal = argument.type === "raw_string" || argument.type === "word" && !/[$`\\]/.test(text);
    if (literal && close > open && PLAIN_SUBSCRIPT.test(text.slice(open + 1, close).trim())) continue;
    return `${command} ${text}: bash evaluates the subscript of the name it declares or unsets as arithmetic at run time (a command in it runs)`;
  }
  return null;
}
function expansionReason(text) {
  if (text.startsWith("${!") && !/^\$\{!\w+(\*|@|\[[@*]\])\}$/.test(text)) {
    return `indirect expansion ${text}: the variable's value names another variable, whose subscript is evaluated as code`;
  }
  if (/@P\}$/.test(text)) return `prompt expansion ${text} runs command substitutions held in the value`;
  const assigns = /^\$\{(\w+):?=/.exec(text);
  if (assigns && SENSITIVE_VARIABLE.test(assigns[1])) return `${text} may set ${assigns[1]}, which changes what later commands run`;
  return null;
}
function declarationReason(node) {
  for (const child of node.namedChildren) {
    if (child.type !== "word") continue;
    if (/^[-+][a-zA-Z]*i/.test(child.text)) return `${child.text} makes assignments arithmetic, evaluated as code at run time`;
    if (/^[-+][a-zA-Z]*n/.test(child.text) && !node.text.startsWith("export")) {
      return `${child.text} makes a name reference: assignments through it set another variable (PATH, IFS\u2026)`;
    }
  }
  return null;
}
var ASSIGNING_BUILTINS = /* @__PURE__ */ new Set(["read", "mapfile", "readarray", "getopts", "unset", "printf", "let", "wait", "hash", "test"]);
var hasOptionLetter = (args, letter) => args.some((a) => a.text.length > 1 && a.text[0] === "-" && a.text !== "--" && a.text.includes(letter));
function assigningBuiltinReason(name, args) {
  if (!ASSIGNING_BUILTINS.has(name)) return null;
  if (name === "hash") {
    return hasOptionLetter(args, "p") ? "hash -p makes a command name run another file, which the analysis does not follow" : null;
  }
  if (name === "test") {
    const at = args.findIndex((a) => a.text === "-v");
    return at >= 0 && args[at + 1]?.text.includes("[") ? "test -v with a subscript evaluates it as arithmetic at run time" : null;
  }
  if ((name === "mapfile" || name === "readarray") && hasOptionLetter(args, "C")) {
    return `${name} -C runs its callback as a command, which the analysis does not follow`;
  }
  if (name === "let") {
    const expression = args.map((a) => a.text).join(" ");
    return args.length ? arithmeticReason("let", expression) : null;
  }
  let names2;
  if (name === "printf") {
    const at = args.findIndex((a) => a.text === "-v" || /^-v./.test(a.text));
    if (at < 0) return null;
    const attached = args[at].text.slice(2);
    names2 = attached ? [{ ...args[at], text: attached }] : args.slice(at + 1, at + 2);
  } else if (name === "wait") {
    const at = args.findIndex((a) => a.text === "-p");
    if (at < 0) return null;
    names2 = args.slice(at + 1, at + 2);
  } else {
    names2 = args;
  }
  for (const word of names2) {
    if (word.dynamic) return `${name} assigns to a variable named at run time (${word.text})`;
    if (word.text.includes("[")) return `${name} assigns to ${word.text}, whose subscript is evaluated as arithmetic at run time`;
    if (SENSITIVE_VARIABLE.test(word.text)) return `${name} sets ${word.text}, which changes what later commands run`;
  }
  return null;
}

// src/shell/programs/directories.ts
var DIRECTORY_OPTIONS = lookupTable({
  git: {
    separate: ["-C"],
    attached: [],
    beforeOperand: true,
    valueOptions: ["-c", "--git-dir", "--work-tree", "--namespace", "--super-prefix", "--config-env", "--list-cmds"],
    cumulative: true
  },
  make: { separate: ["-C", "--directory"], attached: ["--directory=", "-C"], beforeOperand: false, bundledFlags: "BbdeikLnpqRrSstvw", cumulative: true },
  gmake: { separate: ["-C", "--directory"], attached: ["--directory=", "-C"], beforeOperand: false, bundledFlags: "BbdeikLnpqRrSstvw", cumulative: true },
  terraform: { separate: [], attached: ["-chdir=", "--chdir="], beforeOperand: true, cumulative: false },
  tofu: { separate: [], attached: ["-chdir=", "--chdir="], beforeOperand: true, cumulative: false }
});
var BUNDLED_FOLDER = lookupTable(
  Object.fromEntries(Object.entries(DIRECTORY_OPTIONS).flatMap(([program, spec]) => spec.bundledFlags ? [[program, new RegExp(`^-[${spec.bundledFlags}]+C(.*)$`, "s")]] : []))
);
var NO_WORDS = Object.freeze([]);
function directoryWords(program, args) {
  const spec = DIRECTORY_OPTIONS[program];
  if (!spec) return NO_WORDS;
  let out = NO_WORDS;
  const bundledFolder = BUNDLED_FOLDER[program];
  for (let i = 0; i < args.length; i++) {
    const text = args[i].text;
    if (text === "--") break;
    if (!text.startsWith("-") || text === "-") {
      if (spec.beforeOperand) break;
      continue;
    }
    if (spec.separate.includes(text)) {
      if (i + 1 < args.length) out = added(out, args[++i]);
      continue;
    }
    const attached = attachedPrefix(spec.attached, text);
    if (attached) {
      out = added(out, { ...args[i], text: text.slice(attached.length) });
      continue;
    }
    const bundled = bundledFolder?.exec(text) ?? null;
    if (bundled) {
      if (bundled[1]) out = added(out, { ...args[i], text: bundled[1] });
      else if (i + 1 < args.length) out = added(out, args[++i]);
      continue;
    }
    if (spec.valueOptions?.includes(text)) i++;
  }
  if (!spec.cumulative && out.length > 1) return [out[out.length - 1]];
  return out;
}
function added(out, word) {
  if (out === NO_WORDS) return [word];
  out.push(word);
  return out;
}
function attachedPrefix(prefixes, text) {
  for (const prefix of prefixes) if (text.startsWith(prefix) && text.length > prefix.length) return prefix;
  return void 0;
}
var READS_ITS_FOLDER = lookupTable({
  terraform: "terraform reads the configuration and state of the folder it runs in",
  tofu: "tofu reads the configuration and state of the folder it runs in",
  git: "git reads the repository configuration of the folder it runs in (which can run programs)",
  make: "make reads and runs the Makefile of the folder it runs in",
  gmake: "make reads and runs the Makefile of the folder it runs in",
  npm: "npm reads and runs the package.json scripts of the folder it runs in",
  pnpm: "pnpm reads and runs the package.json scripts of the folder it runs in",
  yarn: "yarn reads and runs the package.json scripts of the folder it runs in",
  "docker-compose": "docker compose reads the compose file of the folder it runs in",
  "ansible-playbook": "ansible reads ansible.cfg from the folder it runs in",
  helmfile: "helmfile reads the helmfile of the folder it runs in",
  kustomize: "kustomize reads the kustomization of the folder it runs in"
});

// src/shell/parser.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_node_module = __toESM(require_module(), 1);
var import_node_url = __toESM(require_url(), 1);

// src/shell/bash-parser/node.ts
var nextId = 1;
var NO_CHILDREN = [];
var BashNode = class {
  constructor(source, type, isNamed, startIndex, endIndex, children = NO_CHILDREN) {
    this.source = source;
    this.type = type;
    this.startIndex = startIndex;
    this.endIndex = endIndex;
    this.children = children;
    this.namedFlag = isNamed;
  }
  source;
  type;
  startIndex;
  endIndex;
  children;
  id = nextId++;
  namedFlag;
  /**
   * This node's field name in its parent (null: none). Kept on the child, not in a list
   * beside the parent's children: a node is the child of one parent, and a list per
   * parent was the parser's largest allocation.
   */
  field = null;
  named = null;
  get isNamed() {
    return this.namedFlag;
  }
  /** This parser builds no MISSING or ERROR node: it declines instead. */
  get isMissing() {
    return false;
  }
  get hasError() {
    return false;
  }
  /** Marks a token named: a one-character `word` the parser took as a token. */
  asNamed() {
    this.namedFlag = true;
    return this;
  }
  /** Appends a child, with its field name when it has one. */
  add(child, field = null) {
    child.field = field;
    if (this.children === NO_CHILDREN) this.children = [child];
    else this.children.push(child);
    return child;
  }
  /** Replaces the last child (keeping its field): a pipeline that grows around it. */
  replaceLast(child) {
    const last = this.children.length - 1;
    child.field = this.children[last].field;
    this.children[last] = child;
  }
  get text() {
    return this.source.slice(this.startIndex, this.endIndex);
  }
  get childCount() {
    return this.children.length;
  }
  /** Computed once, when first read (the tree is complete by then: the parser never reads it). */
  get namedChildren() {
    if (this.named === null) {
      const children = this.children;
      let unnamed = 0;
      for (let i = 0; i < children.length; i++) if (!children[i].namedFlag) unnamed++;
      this.named = unnamed === 0 ? children : children.filter((c) => c.namedFlag);
    }
    return this.named;
  }
  get startPosition() {
    const before = this.source.slice(0, this.startIndex);
    const lineStart = before.lastIndexOf("\n") + 1;
    return { row: before.split("\n").length - 1, column: this.startIndex - lineStart };
  }
  fieldNameForChild(index) {
    return this.children[index]?.field ?? null;
  }
  childForFieldName(name) {
    const children = this.children;
    for (let i = 0; i < children.length; i++) if (children[i].field === name) return children[i];
    return null;
  }
  childrenForFieldName(name) {
    const out = [];
    const children = this.children;
    for (let i = 0; i < children.length; i++) if (children[i].field === name) out.push(children[i]);
    return out;
  }
};

// src/shell/bash-parser/parse.ts
var Decline = class extends Error {
};
var DECLINED = new Decline("declined");
function decline() {
  throw DECLINED;
}
var RESERVED = /* @__PURE__ */ new Set([
  "if",
  "then",
  "else",
  "elif",
  "fi",
  "do",
  "done",
  "case",
  "esac",
  "while",
  "until",
  "for",
  "in",
  "function",
  "select",
  "declare",
  "typeset",
  "export",
  "readonly",
  "local",
  "unset",
  "unsetenv"
]);
var RESERVED_BY_LETTER = /* @__PURE__ */ new Map();
for (const word of RESERVED) {
  const first = word.charCodeAt(0);
  RESERVED_BY_LETTER.set(first, [...RESERVED_BY_LETTER.get(first) ?? [], word]);
}
var VARIABLE_NAME_FOLLOWER = /* @__PURE__ */ new Set([61, 43, 91, 58, 37, 35, 64, 63]);
var UNARY_TESTS = /* @__PURE__ */ new Set(["-f", "-d", "-e", "-n", "-z", "-x", "-s", "-r", "-w", "-L", "-h"]);
var BINARY_TESTS = /* @__PURE__ */ new Set(["-eq", "-ne", "-lt", "-le", "-gt", "-ge"]);
var PATTERN_OPERAND = /* @__PURE__ */ new Set(["string", "raw_string", "simple_expansion", "expansion"]);
var TEST_OPERAND = /* @__PURE__ */ new Set(["word", "number", "string", "raw_string", "simple_expansion", "expansion", "command_substitution"]);
var SCANNER_NAME = /^[-*@?0_]*[A-Za-z0-9_\u0080-\uffff]+[#%@?:[=+]/;
var DECLARATIONS = /* @__PURE__ */ new Set(["export", "declare", "typeset", "readonly", "local", "unset", "unsetenv"]);
var REDIRECT_OPERATORS = ["&>>", "&>", ">>", ">&-", "<&-", ">&", "<&", ">|", "<>", ">", "<"];
var EXPANSION_OPERATORS = [":-", ":=", ":+", ":?", "-", "=", "+", "?"];
var CLOSERS = /* @__PURE__ */ new Set(["then", "fi", "do", "done", "elif", "else"]);
var NAME_FOLLOWERS = /[#%@?:[=+]/;
var NO_NODES2 = [];
var NUMBER = /^-?(0x)?[0-9]+(#[0-9A-Za-z@_]+)?$/;
var NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var POSITIONAL = /^[0-9]+$/;
var WORD_ENDERS = new Uint8Array(128);
for (const c of `'"<>{}[]()\`$|&;\\ 	
\v\f\r`) WORD_ENDERS[c.charCodeAt(0)] = 1;
function endsWord2(c) {
  return c < 0 || c < 128 && WORD_ENDERS[c] === 1;
}
function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 11 || c === 12 || c === 13;
}
function isBlank2(c) {
  return c === 32 || c === 9;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function isNameChar(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
}
var Parser = class {
  constructor(src) {
    this.src = src;
    this.length = src.length;
  }
  src;
  pos = 0;
  length;
  pending = [];
  node(type, named, start, end) {
    return new BashNode(this.src, type, named, start, end);
  }
  token(type, length) {
    const start = this.pos;
    this.pos += length;
    return this.node(type, false, start, this.pos);
  }
  code(at = this.pos) {
    return at < this.length ? this.src.charCodeAt(at) : -1;
  }
  startsWith(text, at = this.pos) {
    return this.src.startsWith(text, at);
  }
  /** Skips spaces and tabs; declines on what tree-sitter reads as white space but bash may not (`\ `, `\⏎`, CR, VT, FF). */
  skipBlanks() {
    for (; ; ) {
      const c = this.code();
      if (isBlank2(c)) this.pos++;
      else if (c === 92 && isSpace(this.code(this.pos + 1))) decline();
      else if (c === 13 || c === 11 || c === 12) decline();
      else return;
    }
  }
  /** Skips blanks and newlines (where a newline is only white space: after `&&`, `|`, `do`…); declines on a comment. */
  skipSpace() {
    for (; ; ) {
      this.skipBlanks();
      if (this.code() === 10) {
        this.atNewline();
        continue;
      }
      if (this.code() === 35) decline();
      return;
    }
  }
  /** At a newline: step over it, and over the bodies of here-docs begun on the line it ends. */
  atNewline() {
    if (this.code(this.pos + 1) === 92) decline();
    this.pos++;
    if (this.pending.length) this.readHeredocBodies();
  }
  // ---- statements ----
  parseProgram() {
    const program = this.node("program", true, 0, this.length);
    this.statements(program, "eof", null);
    if (this.pos < this.length) decline();
    if (this.pending.length) decline();
    if (program.childCount === 0) decline();
    program.startIndex = program.children[0].startIndex;
    return program;
  }
  /** Is the text at `pos` the reserved word `word`, ending there? */
  atWord(word) {
    if (!this.startsWith(word)) return false;
    const after = this.code(this.pos + word.length);
    return after === -1 || isSpace(after) || after === 59 || after === 38 || after === 124 || after === 41 || after === 60 || after === 62;
  }
  atCloser(closer) {
    switch (closer) {
      case "eof":
        return this.pos >= this.length;
      case ")":
        return this.code() === 41;
      case "`":
        return this.code() === 96;
      case "}":
        return this.code() === 125 && this.atWord("}");
      case "then":
        return this.atWord("then");
      case "fi":
        return this.atWord("fi");
      case "do":
        return this.atWord("do");
      case "done":
        return this.atWord("done");
      case "elif-else-fi":
        return this.atWord("elif") || this.atWord("else") || this.atWord("fi");
      case "heredoc-line":
        return false;
    }
  }
  /**
   * Statements with their terminators, appended to `parent` (with `field` on each),
   * up to the closer (not consumed). Comments between statements become children too.
   */
  statements(parent, closer, field) {
    for (; ; ) {
      for (; ; ) {
        this.skipBlanks();
        const c2 = this.code();
        if (c2 === 10) this.atNewline();
        else if (c2 === 35) parent.add(this.comment());
        else break;
      }
      if (this.atCloser(closer) || this.pos >= this.length) return;
      const statement = this.list();
      parent.add(statement, field);
      this.skipBlanks();
      const c = this.code();
      if (c === 59) {
        if (this.code(this.pos + 1) === 59 || this.code(this.pos + 1) === 38) decline();
        parent.add(this.token(";", 1), field);
      } else if (c === 38) {
        if (this.code(this.pos + 1) === 38 || this.code(this.pos + 1) === 62) decline();
        parent.add(this.token("&", 1), field);
      } else if (c === 10) {
        this.newlineAfter = { statement, end: this.pos + 1 };
        this.atNewline();
      } else if (c === 35) {
        if (statement.type === "variable_assignment" || statement.type === "variable_assignments") decline();
        const comment = this.comment();
        const next = this.code(comment.endIndex + 1);
        if (next !== -1 && !/[A-Za-z0-9_.\/\n]/.test(String.fromCharCode(next))) decline();
        parent.add(comment);
        if (this.code() === 10) this.atNewline();
      } else if (!(this.atCloser(closer) || this.pos >= this.length)) {
        decline();
      }
    }
  }
  /** The newline that ended the last statement: an `elif`/`else` clause's node reaches past it. */
  newlineAfter = null;
  comment() {
    const start = this.pos;
    let end = this.src.indexOf("\n", start);
    if (end < 0) end = this.length;
    if (this.code(end + 1) === 92) decline();
    if (this.src.slice(start, end).includes("\r")) decline();
    this.pos = end;
    return this.node("comment", true, start, end);
  }
  /**
   * One statement: pipeline elements joined by `|`, `&&`, `||`, with redirections.
   * tree-sitter-bash gives a redirection after the last element to everything
   * before it in the statement (`a && b > f` is `(a && b) > f`, `a | b > f | c`
   * is `((a | b) > f) | c`), so the statement is built left to right, and a
   * redirection wraps all of it built so far.
   */
  list() {
    let current = this.unit(true);
    let openPipeline = null;
    let spine = [];
    for (; ; ) {
      this.skipBlanks();
      if (this.atRedirect()) {
        if (openPipeline && openPipeline.childCount >= 5) decline();
        if (current.type !== "command" && endsInDash(current)) decline();
        const statement = this.node("redirected_statement", true, current.startIndex, current.endIndex);
        statement.add(current, "body");
        this.trailingRedirects(statement);
        current = statement;
        openPipeline = null;
        spine = [];
        continue;
      }
      const c = this.code();
      if (c === 38 && this.code(this.pos + 1) === 38 || c === 124 && this.code(this.pos + 1) === 124) {
        if (openPipeline && openPipeline.childCount >= 5) decline();
        const operator = this.token(c === 38 ? "&&" : "||", 2);
        this.skipSpace();
        const right = this.unit();
        const list = this.node("list", true, current.startIndex, right.endIndex);
        list.add(current);
        list.add(operator);
        list.add(right);
        spine = [list];
        openPipeline = null;
        current = list;
        continue;
      }
      if (c === 124) {
        const operator = this.startsWith("|&") ? this.token("|&", 2) : this.token("|", 1);
        this.skipSpace();
        const next = this.unit(false, true);
        if (!openPipeline) {
          const holder = spine[spine.length - 1];
          const element = holder ? holder.children[holder.childCount - 1] : current;
          const pipeline = this.node("pipeline", true, element.startIndex, element.endIndex);
          pipeline.add(element);
          if (holder) holder.replaceLast(pipeline);
          else current = pipeline;
          openPipeline = pipeline;
        }
        if (operator.type === "|&" ? openPipeline.childCount > 1 : openPipeline.children.some((c2) => c2.type === "|&")) decline();
        openPipeline.add(operator);
        openPipeline.add(next);
        openPipeline.endIndex = next.endIndex;
        for (const node of spine) node.endIndex = next.endIndex;
        continue;
      }
      return current;
    }
  }
  /** One pipeline element: a command, a compound command (with its redirections), `! command`; `piped`: after a `|`. */
  unit(statementStart = false, piped = false) {
    const c = this.code();
    if (c === 33 && isBlank2(this.code(this.pos + 1))) {
      if (!statementStart) decline();
      const start = this.pos;
      const bang = this.token("!", 1);
      this.skipBlanks();
      const inner = this.unit();
      this.skipBlanks();
      if (this.code() === 124 && this.code(this.pos + 1) !== 124) decline();
      if (inner.type !== "command" && inner.type !== "subshell") decline();
      const negated = this.node("negated_command", true, start, inner.endIndex);
      negated.add(bang);
      negated.add(inner);
      return negated;
    }
    let body;
    if (c === 40) {
      body = this.code(this.pos + 1) === 40 ? this.arithmeticCommand() : this.subshell();
    } else if (c === 123 && isSpace(this.code(this.pos + 1))) {
      body = this.group();
    } else if (c === 91 && (isBlank2(this.code(this.pos + 1)) || this.code(this.pos + 1) === 91 && isBlank2(this.code(this.pos + 2)))) {
      body = this.testCommand();
    } else {
      const keyword = c >= 97 && c <= 122 ? this.wordAt() : "";
      if (keyword === "function") return this.functionDefinition(true);
      if (this.atFunctionName()) return this.functionDefinition(false);
      if (keyword === "") return this.command(piped);
      if (DECLARATIONS.has(keyword)) return this.declaration();
      if (keyword === "if") body = this.ifStatement();
      else if (keyword === "for") body = this.forStatement();
      else if (keyword === "while" || keyword === "until") body = this.whileStatement();
      else return this.command(piped);
    }
    return body;
  }
  subshell() {
    const start = this.pos;
    const node = this.node("subshell", true, start, start);
    node.add(this.token("(", 1));
    this.statements(node, ")", null);
    if (this.code() !== 41) decline();
    if (!node.children.some((child) => child.isNamed)) decline();
    node.add(this.token(")", 1));
    node.endIndex = this.pos;
    return node;
  }
  group() {
    const start = this.pos;
    const node = this.node("compound_statement", true, start, start);
    node.add(this.token("{", 1));
    this.statements(node, "}", null);
    if (!this.atWord("}")) decline();
    if (!node.children.some((child) => child.isNamed && child.type !== "comment")) decline();
    const last = node.children[node.childCount - 1];
    if (node.childCount > 1 && last.type !== ";" && last.type !== "&" && !this.newlineBetween(last.endIndex, this.pos)) decline();
    node.add(this.token("}", 1));
    node.endIndex = this.pos;
    return node;
  }
  /**
   * `[ OPERAND ]`, `[ -f OPERAND ]`, `[ ! -f OPERAND ]`, `[ A = B ]`, `[ A -eq B ]`,
   * and the same in `[[ … ]]` with `==` and `!=` (not `=`), `&&` and `||`: the forms agents
   * write; anything else in brackets declines.
   */
  testCommand() {
    const start = this.pos;
    const double = this.code(this.pos + 1) === 91;
    const node = this.node("test_command", true, start, start);
    node.add(double ? this.token("[[", 2) : this.token("[", 1));
    this.skipBlanks();
    const expression = double ? this.conditionalOr() : this.testExpression(false);
    node.add(expression);
    this.skipBlanks();
    if (double ? !(this.startsWith("]]") && this.atWord("]]")) : !(this.code() === 93 && this.atWord("]"))) decline();
    node.add(double ? this.token("]]", 2) : this.token("]", 1));
    node.endIndex = this.pos;
    return node;
  }
  /** `A || B` in `[[ … ]]`: left-associative, and looser than `&&`, as tree-sitter-bash nests them. */
  conditionalOr() {
    let left = this.conditionalAnd();
    while (this.startsWith("||")) left = this.conditionalBinary(left, () => this.conditionalAnd());
    return left;
  }
  conditionalAnd() {
    let left = this.testExpression(true);
    this.skipBlanks();
    while (this.startsWith("&&")) {
      left = this.conditionalBinary(left, () => this.testExpression(true));
      this.skipBlanks();
    }
    return left;
  }
  conditionalBinary(left, right) {
    const operator = this.token(this.src.slice(this.pos, this.pos + 2), 2);
    if (!isBlank2(this.code())) decline();
    this.skipBlanks();
    const rightNode = right();
    const node = this.node("binary_expression", true, left.startIndex, rightNode.endIndex);
    node.add(left, "left");
    node.add(operator, "operator");
    node.add(rightNode, "right");
    this.skipBlanks();
    return node;
  }
  /** One test; `double`: inside `[[ … ]]`, where `==` and `!=` compare too. */
  testExpression(double) {
    const start = this.pos;
    if (this.code() === 33 && isBlank2(this.code(this.pos + 1))) {
      const node2 = this.node("unary_expression", true, start, start);
      node2.add(this.token("!", 1), "operator");
      this.skipBlanks();
      if (this.code() !== 45) decline();
      const inner = this.testExpression(double);
      node2.add(inner);
      node2.endIndex = inner.endIndex;
      return node2;
    }
    const operator = this.testOperator();
    if (operator) {
      if (!UNARY_TESTS.has(operator.text)) decline();
      const node2 = this.node("unary_expression", true, start, start);
      node2.add(operator, "operator");
      this.skipBlanks();
      const operand = this.testOperand();
      node2.add(operand);
      node2.endIndex = operand.endIndex;
      return node2;
    }
    const left = this.testOperand();
    this.skipBlanks();
    if (double ? this.startsWith("]]") || this.startsWith("&&") || this.startsWith("||") : this.code() === 93) return left;
    let op;
    let compares = false;
    if (this.code() === 61 && isBlank2(this.code(this.pos + 1))) {
      if (double) decline();
      op = this.token("=", 1);
    } else if (double && (this.startsWith("==") || this.startsWith("!=")) && isBlank2(this.code(this.pos + 2))) {
      op = this.token(this.src.slice(this.pos, this.pos + 2), 2);
      compares = true;
    } else {
      op = this.testOperator();
      if (!op || !BINARY_TESTS.has(op.text)) decline();
    }
    this.skipBlanks();
    const right = compares ? this.patternOperand() : this.testOperand();
    const node = this.node("binary_expression", true, start, right.endIndex);
    node.add(left, "left");
    node.add(op, "operator");
    node.add(right, "right");
    return node;
  }
  /** The right side of `==` and `!=` in `[[ … ]]`: quoted or an expansion, never a bare word. */
  patternOperand() {
    const c = this.code();
    if (!(c === 34 || c === 39 || c === 36)) decline();
    const operand = this.testOperand();
    if (!PATTERN_OPERAND.has(operand.type)) decline();
    return operand;
  }
  /** `-f`, `-eq`…: a dash and letters, then a blank. */
  testOperator() {
    if (this.code() !== 45) return null;
    let at = this.pos + 1;
    while (this.code(at) >= 97 && this.code(at) <= 122 || this.code(at) >= 65 && this.code(at) <= 90) at++;
    if (at === this.pos + 1 || !isBlank2(this.code(at))) decline();
    const start = this.pos;
    this.pos = at;
    return this.node("test_operator", true, start, at);
  }
  testOperand() {
    const c = this.code();
    if (c === 45 || c === 33 || c === 61 || c === 93 || c === 40 || this.atStatementEnd() || this.atRedirect()) decline();
    const operand = this.literal();
    if (!TEST_OPERAND.has(operand.type)) decline();
    if (operand.type === "word" && (!/^[A-Za-z0-9_./][A-Za-z0-9_./,]*$/.test(operand.text) || RESERVED.has(operand.text))) decline();
    if (!isBlank2(this.code())) decline();
    return operand;
  }
  /** `name()` at `pos`: a function definition's start. */
  atFunctionName() {
    let at = this.pos;
    const c = this.code(at);
    if (!(c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95)) return false;
    while (isNameChar(this.code(at))) at++;
    return this.code(at) === 40 && this.code(at + 1) === 41;
  }
  /** `f() { …; }`, `f() ( … )`, `function f { …; }`, `function f() { …; }`, with at most one redirection. */
  functionDefinition(keyword) {
    const start = this.pos;
    const node = this.node("function_definition", true, start, start);
    if (keyword) {
      node.add(this.keyword("function"));
      this.skipBlanks();
    }
    const nameStart = this.pos;
    while (isNameChar(this.code())) this.pos++;
    const name = this.src.slice(nameStart, this.pos);
    if (!NAME.test(name) || RESERVED.has(name)) decline();
    node.add(this.node("word", true, nameStart, this.pos), "name");
    if (this.code() === 40) {
      if (this.code(this.pos + 1) !== 41) decline();
      node.add(this.token("(", 1));
      node.add(this.token(")", 1));
    } else if (!keyword) {
      decline();
    }
    if (keyword && !isBlank2(this.code())) decline();
    this.skipBlanks();
    let body;
    if (this.code() === 123 && isSpace(this.code(this.pos + 1))) body = this.group();
    else if (this.code() === 40 && this.code(this.pos + 1) !== 40 && !keyword) body = this.subshell();
    else decline();
    node.add(body, "body");
    node.endIndex = body.endIndex;
    this.skipBlanks();
    if (this.atRedirect()) {
      if (/^\d*<</.test(this.src.slice(this.pos, this.pos + 12))) decline();
      const redirect = this.redirect(true);
      node.add(redirect, "redirect");
      node.endIndex = redirect.endIndex;
      this.skipBlanks();
      if (this.atRedirect() || this.startsWith("<<<")) decline();
    }
    if (!this.atStatementEnd()) decline();
    return node;
  }
  /** The reserved word (of RESERVED) at `pos` when a delimiter follows it, else '' (found without slicing the source). */
  wordAt() {
    let at = this.pos;
    while (this.code(at) >= 97 && this.code(at) <= 122) at++;
    const length = at - this.pos;
    if (length < 2 || length > 8) return "";
    const after = this.code(at);
    if (!(after === -1 || isSpace(after) || after === 59 || after === 38 || after === 124 || after === 41 || after === 60 || after === 62)) return "";
    const candidates = RESERVED_BY_LETTER.get(this.src.charCodeAt(this.pos));
    if (candidates) {
      for (const word of candidates) if (word.length === length && this.startsWith(word)) return word;
    }
    return "";
  }
  /** `export A=1 B`, `local -r x=…`, `unset x`: names, assignments and options. */
  declaration() {
    const start = this.pos;
    const keyword = this.wordAt();
    const unset = keyword === "unset" || keyword === "unsetenv";
    const node = this.node(unset ? "unset_command" : "declaration_command", true, start, start);
    node.add(this.token(keyword, keyword.length));
    for (; ; ) {
      this.skipBlanks();
      if (this.atStatementEnd()) break;
      if (this.atRedirect()) decline();
      const itemStart = this.pos;
      let at = itemStart;
      while (isNameChar(this.code(at))) at++;
      const after = this.code(at);
      const ends = after === -1 || isSpace(after) || after === 59 || after === 38 || after === 124 || after === 41;
      let item = null;
      if (at > itemStart && ends && NAME.test(this.src.slice(itemStart, at))) {
        this.pos = at;
        item = this.node("variable_name", true, itemStart, at);
      } else if (!unset && at > itemStart && (after === 61 || after === 43 && this.code(at + 1) === 61)) {
        item = this.tryAssignment();
      } else if (this.code() === 45 || this.code() === 43) {
        while (at < this.length && !endsWord2(this.code(at))) at++;
        if (!/^[-+][A-Za-z]+$/.test(this.src.slice(itemStart, at)) || !ends && !isSpace(this.code(at)) && this.code(at) !== -1) decline();
        this.pos = at;
        item = this.node("word", true, itemStart, at);
      }
      if (!item) decline();
      node.add(item);
      node.endIndex = item.endIndex;
    }
    if (node.childCount === 1) decline();
    return node;
  }
  newlineBetween(from, to) {
    return this.src.slice(from, to).includes("\n");
  }
  /** Consumes a reserved word, as an anonymous token. */
  keyword(word) {
    if (!this.atWord(word)) decline();
    return this.token(word, word.length);
  }
  /** Statements that must end with a terminator (`_terminated_statement`) before the closer. */
  terminated(parent, closer, field, required) {
    const before = parent.childCount;
    const startedAt = this.pos;
    this.statements(parent, closer, field);
    if (parent.childCount === before) {
      if (required) decline();
      return;
    }
    const last = parent.children[parent.childCount - 1];
    if (last.type === "comment") decline();
    if (last.type !== ";" && last.type !== "&" && !this.newlineBetween(last.endIndex, this.pos)) decline();
    if (startedAt === this.pos) decline();
  }
  ifStatement() {
    const start = this.pos;
    const node = this.node("if_statement", true, start, start);
    node.add(this.keyword("if"));
    this.terminated(node, "then", "condition", true);
    node.add(this.keyword("then"));
    this.terminated(node, "elif-else-fi", null, false);
    while (this.atWord("elif")) {
      const clause = this.node("elif_clause", true, this.pos, this.pos);
      clause.add(this.keyword("elif"));
      this.terminated(clause, "then", null, true);
      clause.add(this.keyword("then"));
      this.terminated(clause, "elif-else-fi", null, false);
      this.endClause(clause);
      node.add(clause);
    }
    if (this.atWord("else")) {
      const clause = this.node("else_clause", true, this.pos, this.pos);
      clause.add(this.keyword("else"));
      this.terminated(clause, "fi", null, false);
      this.endClause(clause);
      node.add(clause);
    }
    node.add(this.keyword("fi"));
    node.endIndex = this.pos;
    return node;
  }
  /** A clause ends at its last token, a newline terminator included. */
  endClause(clause) {
    const last = clause.children[clause.childCount - 1];
    clause.endIndex = this.newlineAfter?.statement === last ? this.newlineAfter.end : last.endIndex;
  }
  doGroup() {
    const node = this.node("do_group", true, this.pos, this.pos);
    node.add(this.keyword("do"));
    this.terminated(node, "done", null, false);
    node.add(this.keyword("done"));
    node.endIndex = this.pos;
    return node;
  }
  whileStatement() {
    const start = this.pos;
    const node = this.node("while_statement", true, start, start);
    node.add(this.atWord("while") ? this.keyword("while") : this.keyword("until"));
    this.terminated(node, "do", "condition", true);
    node.add(this.doGroup(), "body");
    node.endIndex = this.pos;
    return node;
  }
  forStatement() {
    const start = this.pos;
    const node = this.node("for_statement", true, start, start);
    node.add(this.keyword("for"));
    this.skipBlanks();
    const nameStart = this.pos;
    while (isNameChar(this.code())) this.pos++;
    if (this.pos === nameStart || !NAME.test(this.src.slice(nameStart, this.pos))) decline();
    if (!isSpace(this.code()) && this.code() !== 59) decline();
    node.add(this.node("variable_name", true, nameStart, this.pos), "variable");
    this.skipBlanks();
    if (this.atWord("in")) {
      node.add(this.keyword("in"));
      this.skipBlanks();
      let values2 = 0;
      while (!this.atStatementEnd()) {
        node.add(this.literal(), "value");
        values2++;
        this.skipBlanks();
      }
      if (values2 === 0) decline();
    }
    const c = this.code();
    if (c === 59 && this.code(this.pos + 1) !== 59) node.add(this.token(";", 1));
    else if (c === 10) this.atNewline();
    else decline();
    this.skipSpace();
    node.add(this.doGroup(), "body");
    node.endIndex = this.pos;
    return node;
  }
  /** At the end of a simple command's words: an operator, a terminator, a closing parenthesis, end of input. */
  atStatementEnd() {
    const c = this.code();
    if (c === 96 && this.inBackticks) return true;
    return c === -1 || c === 10 || c === 59 || c === 38 || c === 124 || c === 41 || c === 35;
  }
  // ---- simple commands ----
  atRedirect() {
    let at = this.pos;
    while (this.code(at) >= 48 && this.code(at) <= 57) at++;
    const c = this.code(at);
    if (c === 62) return this.code(at + 1) !== 40;
    if (c === 60) return this.code(at + 1) !== 40;
    if (c === 38 && at === this.pos && this.code(at + 1) === 62) return true;
    return false;
  }
  command(piped = false) {
    const start = this.pos;
    let prefix = NO_NODES2;
    let assignments = 0;
    for (; ; ) {
      const assignment = this.tryAssignment();
      if (assignment) {
        if (prefix === NO_NODES2) prefix = [];
        prefix.push(assignment);
        assignments++;
      } else if (this.atRedirect()) {
        if (piped && assignments > 0) decline();
        if (this.code() === 48) decline();
        if (prefix === NO_NODES2) prefix = [];
        prefix.push(this.redirect(false));
      } else {
        break;
      }
      this.skipBlanks();
    }
    const leadingRedirect = prefix.length > assignments;
    if (this.atStatementEnd() || this.atCloserWord()) {
      if (assignments === 0 || leadingRedirect) decline();
      const c = this.code();
      const ok = c === -1 || c === 59 && this.code(this.pos + 1) !== 59 || this.startsWith("&&") || this.startsWith("||") || c === 10 && assignments === 1;
      if (!ok) decline();
      if (assignments === 1) return prefix[0];
      const group = this.node("variable_assignments", true, start, prefix[prefix.length - 1].endIndex);
      for (const a of prefix) group.add(a);
      return group;
    }
    const command = this.node("command", true, start, start);
    for (const part of prefix) command.add(part, part.type === "file_redirect" ? "redirect" : null);
    const nameStart = this.pos;
    const first = this.literal();
    const lead = first.type === "concatenation" ? first.children[0] : first;
    if (lead.type === "word" || lead.type === "number") {
      const text = lead.text;
      if (lead.type === "word" && (RESERVED.has(text) || text === "!" || text.charCodeAt(0) === 61)) decline();
      if (NAME_FOLLOWERS.test(text) && (text.includes("=") || SCANNER_NAME.test(text))) decline();
      if (lead.type === "word" && text.charCodeAt(0) === 45 && /[A-Za-z]/.test(text.charAt(1))) decline();
    }
    if (this.code() === 40) decline();
    const name = this.node("command_name", true, nameStart, first.endIndex);
    name.add(first);
    command.add(name, "name");
    command.endIndex = first.endIndex;
    for (; ; ) {
      this.skipBlanks();
      if (this.atStatementEnd()) break;
      if (leadingRedirect && (this.atRedirect() || this.startsWith("<<<"))) decline();
      if (this.startsWith("<<<")) {
        command.add(this.herestring(), "redirect");
        command.endIndex = this.pos;
        continue;
      }
      if (this.atRedirect()) {
        break;
      }
      if (this.code() === 61) decline();
      if (this.code() === 40) decline();
      this.inArgument = true;
      this.specialParts = 0;
      let argument;
      try {
        argument = this.literal();
      } finally {
        this.inArgument = false;
      }
      if (this.specialParts > 0) {
        const parts = argument.type === "concatenation" ? argument.children : [argument];
        const plain = parts.some((part) => !(part.type === "word" && part.endIndex - part.startIndex === 1 && "{}[]".includes(part.text)));
        if (!plain && argument.text !== "{}") decline();
      }
      command.add(argument, "argument");
      command.endIndex = argument.endIndex;
    }
    if (leadingRedirect && (this.atRedirect() || this.startsWith("<<<"))) decline();
    return command;
  }
  /** A reserved word that closes the construct around this command (`a; fi`): the caller meets it as the closer. */
  atCloserWord() {
    const c = this.code();
    if (c === 125) return this.atWord("}");
    if (c < 97 || c > 122) return false;
    return CLOSERS.has(this.wordAt());
  }
  /** `NAME=value` / `NAME+=value` where an assignment can stand; null (nothing consumed) otherwise. */
  tryAssignment() {
    const start = this.pos;
    let at = start;
    while (isNameChar(this.code(at))) at++;
    let run = at;
    while (this.code(run) >= 128) run++;
    if (run > at) {
      while (isNameChar(this.code(run)) || this.code(run) >= 128) run++;
      if (VARIABLE_NAME_FOLLOWER.has(this.code(run))) decline();
      return null;
    }
    if (at === start) return null;
    const name = this.src.slice(start, at);
    const follower = this.code(at);
    if (follower === 58 || follower === 37 || follower === 64 || follower === 63 || follower === 35 && !/^\d+$/.test(name)) decline();
    if (follower === 43 && this.code(at + 1) === 58) decline();
    let opLength;
    if (this.code(at) === 61) opLength = 1;
    else if (this.code(at) === 43 && this.code(at + 1) === 61) opLength = 2;
    else if (this.code(at) === 91) decline();
    else return null;
    if (!NAME.test(name) || name === "_") decline();
    const node = this.node("variable_assignment", true, start, start);
    node.add(this.node("variable_name", true, start, at), "name");
    this.pos = at;
    node.add(this.token(opLength === 1 ? "=" : "+=", opLength));
    const c = this.code();
    if (c === -1 || isSpace(c) || c === 59 || c === 38 || c === 124 || c === 41) {
      node.endIndex = this.pos;
      if (c === 13 || c === 11 || c === 12 || c === 41) decline();
      if (isBlank2(c)) {
        let at2 = this.pos;
        while (isBlank2(this.code(at2))) at2++;
        if (this.code(at2) === 41) decline();
      }
      return node;
    }
    if (c === 35 || c === 60 || c === 62) decline();
    const value = c === 40 ? this.array() : this.literal();
    node.add(value, "value");
    node.endIndex = value.endIndex;
    return node;
  }
  array() {
    const node = this.node("array", true, this.pos, this.pos);
    node.add(this.token("(", 1));
    for (; ; ) {
      this.skipBlanks();
      const c = this.code();
      if (c === 41) break;
      if (c === 10 || c === 35 || c === -1 || c === 59 || c === 38 || c === 124 || c === 60 || c === 62 || c === 40) decline();
      node.add(this.literal());
    }
    node.add(this.token(")", 1));
    node.endIndex = this.pos;
    return node;
  }
  /** File redirections and here-docs after a command (`redirected_statement`). */
  trailingRedirects(statement) {
    for (; ; ) {
      this.skipBlanks();
      if (this.startsWith("<<<")) decline();
      if (!this.atRedirect()) break;
      const redirect = this.redirect(true);
      statement.add(redirect, "redirect");
      statement.endIndex = redirect.endIndex;
    }
    if (!this.atStatementEnd()) decline();
  }
  /** One file redirection or here-doc; `manyDestinations`: the words after it are destinations too. */
  redirect(manyDestinations) {
    const start = this.pos;
    let at = start;
    while (this.code(at) >= 48 && this.code(at) <= 57) at++;
    const descriptor = at > start ? this.node("file_descriptor", true, start, at) : null;
    this.pos = at;
    if (this.startsWith("<<")) {
      if (!manyDestinations) decline();
      return this.heredoc(start, descriptor);
    }
    const op = this.operatorAt(REDIRECT_OPERATORS);
    if (!op || op === "<>") decline();
    const node = this.node("file_redirect", true, start, start);
    if (descriptor) node.add(descriptor, "descriptor");
    node.add(this.token(op, op.length));
    node.endIndex = this.pos;
    if (op === ">&-" || op === "<&-") {
      this.skipBlanks();
      if (!this.atStatementEnd() && !this.atRedirect()) decline();
      return node;
    }
    this.skipBlanks();
    if (this.atStatementEnd() || this.atRedirect() || this.code() === 40) decline();
    for (; ; ) {
      const destination = this.literal();
      node.add(destination, "destination");
      node.endIndex = destination.endIndex;
      if (!manyDestinations) break;
      this.skipBlanks();
      if (this.atStatementEnd() || this.atRedirect() || this.startsWith("<<<")) break;
      if (this.code() === 61 || this.code() === 40) decline();
    }
    return node;
  }
  herestring() {
    const node = this.node("herestring_redirect", true, this.pos, this.pos);
    node.add(this.token("<<<", 3));
    this.skipBlanks();
    if (this.atStatementEnd() || this.atRedirect() || this.code() === 40) decline();
    const value = this.literal();
    node.add(value);
    node.endIndex = value.endIndex;
    return node;
  }
  /** `<<EOF`, `<<-EOF`, `<<'EOF'`: the rest of its line may hold redirections or `| command`; the body follows the line. */
  heredoc(start, descriptor) {
    if (descriptor) decline();
    if (this.pending.length) decline();
    const node = this.node("heredoc_redirect", true, start, start);
    const stripTabs = this.startsWith("<<-");
    node.add(this.token(stripTabs ? "<<-" : "<<", stripTabs ? 3 : 2));
    const delimStart = this.pos;
    let delimiter;
    let quoted = false;
    const c = this.code();
    if (c === 39 || c === 34) {
      const close = this.src.indexOf(String.fromCharCode(c), delimStart + 1);
      if (close < 0) decline();
      delimiter = this.src.slice(delimStart + 1, close);
      if (!/^[A-Za-z0-9_]+$/.test(delimiter)) decline();
      quoted = true;
      this.pos = close + 1;
    } else {
      while (isNameChar(this.code())) this.pos++;
      delimiter = this.src.slice(delimStart, this.pos);
      if (!delimiter) decline();
    }
    const after = this.code();
    if (!(after === -1 || isSpace(after) || after === 59 || after === 38 || after === 124 || after === 62 || after === 60)) decline();
    node.add(this.node("heredoc_start", true, delimStart, this.pos));
    node.endIndex = this.pos;
    const heredoc = { node, delimiter, stripTabs, quoted };
    this.skipBlanks();
    if (this.code() === 124 && this.code(this.pos + 1) !== 124) {
      const pipeline = this.node("pipeline", true, this.pos, this.pos);
      pipeline.add(this.startsWith("|&") ? this.token("|&", 2) : this.token("|", 1));
      this.skipBlanks();
      this.pending.push(heredoc);
      const statement = this.lineRestStatement();
      pipeline.add(statement);
      pipeline.endIndex = statement.endIndex;
      node.add(pipeline);
    } else if (this.atRedirect()) {
      this.pending.push(heredoc);
      while (this.atRedirect()) {
        if (/^\d*<</.test(this.src.slice(this.pos, this.pos + 12))) decline();
        node.add(this.redirect(false), "redirect");
        this.skipBlanks();
      }
      if (this.code() !== 10) decline();
    } else {
      if (this.code() !== 10) decline();
      this.pending.push(heredoc);
    }
    if (this.code() !== 10) decline();
    this.atNewline();
    return node;
  }
  /** The statement after `cmd <<EOF |`: up to the end of the line. */
  lineRestStatement() {
    const statement = this.list();
    this.skipBlanks();
    if (this.code() !== 10) decline();
    return statement;
  }
  /** Reads the bodies of the here-docs begun on the line just ended (`pos` is at the line's start). */
  readHeredocBodies() {
    const pending = this.pending;
    this.pending = [];
    for (const heredoc of pending) {
      const bodyStart = this.pos;
      let lineStart = bodyStart;
      const delimiter = heredoc.delimiter;
      for (; ; ) {
        if (lineStart >= this.length) decline();
        let lineEnd = this.src.indexOf("\n", lineStart);
        if (lineEnd < 0) lineEnd = this.length;
        let bare = lineStart;
        if (heredoc.stripTabs) while (this.code(bare) === 9) bare++;
        const isEnd = lineEnd - bare === delimiter.length && this.startsWith(delimiter, bare);
        if (!isEnd) {
          let blanks = lineStart;
          while (isBlank2(this.code(blanks))) blanks++;
          if (this.startsWith(delimiter, blanks)) decline();
          lineStart = lineEnd + 1;
          continue;
        }
        const endStart = lineEnd - delimiter.length;
        if (this.holds("\r", bodyStart, endStart)) decline();
        if (endStart === bodyStart) decline();
        let textStart = bodyStart;
        while (isBlank2(this.code(textStart))) textStart++;
        if (isSpace(this.code(textStart)) || this.startsWith(delimiter, textStart)) decline();
        const expanded = !heredoc.quoted && this.holds("$", bodyStart, endStart);
        if (!heredoc.quoted && this.holds("\\\n", bodyStart, endStart)) decline();
        heredoc.node.add(
          expanded ? this.expandedHeredocBody(heredoc, bodyStart, textStart, endStart) : this.node("heredoc_body", true, textStart, endStart)
        );
        heredoc.node.add(this.node("heredoc_end", true, endStart, lineEnd));
        heredoc.node.endIndex = lineEnd;
        this.pos = lineEnd;
        break;
      }
    }
  }
  /** The first of `operators` (longest first) the source has at `pos`, or undefined. */
  operatorAt(operators) {
    for (const operator of operators) if (this.startsWith(operator)) return operator;
    return void 0;
  }
  /** Whether `text` occurs in the source between `from` and `to`. */
  holds(text, from, to) {
    const at = this.src.indexOf(text, from);
    return at >= 0 && at + text.length <= to;
  }
  /**
   * An unquoted here-doc body holding a `$`, cut as tree-sitter-bash's scanner cuts it
   * (scan_heredoc_content in its scanner.c, followed step by step): the text before the
   * first expansion is a hidden token, then come expansions and `heredoc_content` runs.
   * Its quirks are kept: a `$` counts only before a letter, `{` or `(`; a run of
   * `heredoc_content` starting with a newline starts after it; the first character
   * after a line's leading white space (or after the start of the delimiter there) is
   * always text, `$` included; the node starts past the first line's blanks (`textStart`),
   * the scan at the body's start (`bodyStart`). Where the scanner would end the body elsewhere than at
   * the delimiter line (blank-only lines, the delimiter right after an expansion), the
   * line is declined.
   */
  expandedHeredocBody(heredoc, bodyStart, textStart, endStart) {
    const src = this.src;
    const text = src.slice(bodyStart - 1, endStart);
    if (/[\v\f]/.test(text) || /\n[ \t]+\n/.test(text)) decline();
    const node = this.node("heredoc_body", true, textStart, endStart);
    const delimiter = heredoc.delimiter;
    const delimiterPrefix = (at) => {
      let n = 0;
      while (n < delimiter.length && src.charCodeAt(at + n) === delimiter.charCodeAt(n)) n++;
      return n;
    };
    const atLineStart = (at) => src.charCodeAt(at - 1) === 10;
    const skipIndent = (at) => {
      if (heredoc.stripTabs) while (isSpace(this.code(at))) at++;
      return at;
    };
    const endsAt = (at) => {
      if (delimiterPrefix(at) !== delimiter.length) return false;
      if (at !== endStart) decline();
      return true;
    };
    let pos = bodyStart;
    let expansionAt = -1;
    for (; ; ) {
      if (pos >= endStart) decline();
      const c = src.charCodeAt(pos);
      if (c === 92) {
        pos += 2;
      } else if (c === 36) {
        if (pos === bodyStart || this.startsHeredocExpansion(pos + 1)) {
          expansionAt = pos;
          break;
        }
        pos++;
      } else if (c === 10) {
        pos = skipIndent(pos + 1);
        if (endsAt(pos)) return node;
        pos += delimiterPrefix(pos);
      } else if (atLineStart(pos)) {
        while (isSpace(this.code(pos))) pos++;
        if (endsAt(pos)) return node;
        pos += delimiterPrefix(pos) + 1;
      } else {
        pos++;
      }
    }
    pos = expansionAt;
    for (; ; ) {
      if (src.charCodeAt(pos) === 36) {
        if (!this.startsHeredocExpansion(pos + 1)) decline();
        this.pos = pos;
        const expansion = this.dollar();
        if (this.src.slice(pos, this.pos).includes("\n")) decline();
        node.add(expansion);
        pos = this.pos;
        if (delimiter.charCodeAt(0) === src.charCodeAt(pos)) decline();
        continue;
      }
      let start = pos;
      let advanced = false;
      let end = -1;
      for (; ; ) {
        if (pos >= endStart && end < 0) decline();
        const c = src.charCodeAt(pos);
        if (c === 92) {
          pos += 2;
        } else if (c === 36) {
          if (advanced && this.startsHeredocExpansion(pos + 1)) {
            end = pos;
            break;
          }
          pos++;
        } else if (c === 10) {
          pos++;
          if (!advanced) start = pos;
          pos = skipIndent(pos);
          if (endsAt(pos)) {
            end = pos;
            break;
          }
          pos += delimiterPrefix(pos);
        } else if (atLineStart(pos)) {
          while (isSpace(this.code(pos))) pos++;
          if (delimiterPrefix(pos) === delimiter.length) decline();
          pos += delimiterPrefix(pos) + 1;
        } else {
          pos++;
        }
        advanced = true;
      }
      node.add(this.node("heredoc_content", true, start, end));
      pos = end;
      if (pos === endStart) return node;
    }
  }
  /** After a `$` in a here-doc body: what tree-sitter-bash's scanner stops its text at (a letter, `{`, `(`). */
  startsHeredocExpansion(at) {
    const c = this.code(at);
    if (c === 40 && this.code(at + 1) === 40) decline();
    if (c >= 128) decline();
    return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 123 || c === 40;
  }
  // ---- words ----
  /** Within a concatenation: every part so far is a plain word. */
  onlyWordsBefore = false;
  /** One shell word: a primary, or several touching ones (a `concatenation`). */
  literal() {
    const start = this.pos;
    const first = this.primary(true);
    if (!this.touchesNext()) return first;
    const node = this.node("concatenation", true, start, first.endIndex);
    node.add(first);
    this.onlyWordsBefore = first.type === "word";
    while (this.touchesNext()) {
      const part = this.primary(false);
      if (part.type !== "word") this.onlyWordsBefore = false;
      node.add(part);
      node.endIndex = part.endIndex;
    }
    return node;
  }
  /** Does another part of the same word follow without a gap? */
  touchesNext() {
    const c = this.code();
    if (c === -1 || isSpace(c)) return false;
    if (c === 96 && this.inBackticks) return false;
    switch (c) {
      case 59:
      case 38:
      case 124:
      case 41:
      case 60:
      case 62:
        return false;
      case 40:
        decline();
    }
    return true;
  }
  primary(first) {
    const c = this.code();
    switch (c) {
      case 39:
        return this.rawString();
      case 34:
        return this.string();
      case 36:
        return this.dollar(first);
      case 60:
      case 62:
        if (this.code(this.pos + 1) === 40) return this.processSubstitution();
        decline();
      // eslint-disable-next-line no-fallthrough
      case 96: {
        if (!first) decline();
        const node = this.backticks();
        if (this.touchesNext()) decline();
        return node;
      }
      case 123:
      case 125:
      case 91:
      case 93:
        return this.specialCharacter();
      case 40:
      case 41:
        decline();
    }
    if (first && c === 35) decline();
    if (!first && c === 92) decline();
    return this.word();
  }
  /**
   * `{`, `}`, `[`, `]` in a command's argument: each its own one-character word
   * in a concatenation (`-I{}`, `a[1]`, `{a,b}`). Elsewhere, `{1..3}` (a
   * `brace_expression`) and a word of them alone decline.
   */
  specialCharacter() {
    if (!this.inArgument) decline();
    const c = this.code();
    if (c === 123 && /^\{-?\d+\.\./.test(this.src.slice(this.pos, this.pos + 24))) decline();
    if (this.code(this.pos + 1) === 35) decline();
    this.specialParts++;
    return this.token("word", 1).asNamed();
  }
  /** While parsing a command's arguments: the only place `{ } [ ]` parts are built. */
  inArgument = false;
  /** How many `{ } [ ]` parts the word being read holds. */
  specialParts = 0;
  /** An unquoted word token (or a `number`, which tree-sitter-bash tells apart by its whole text). */
  word() {
    const start = this.pos;
    for (; ; ) {
      const c = this.code();
      if (c === -1) break;
      if (c === 92) {
        const next = this.code(this.pos + 1);
        if (next === -1 || isSpace(next)) decline();
        this.pos += 2;
        continue;
      }
      if (endsWord2(c)) break;
      this.pos++;
    }
    if (this.pos === start) decline();
    const first = this.src.charCodeAt(start);
    if (first === 45 && this.pos === start + 1) {
      let at = this.pos;
      while (isBlank2(this.code(at))) at++;
      const next = this.code(at);
      const hereDoc = next === 60 && this.code(at + 1) === 60 && this.code(at + 2) !== 60 && at > this.pos;
      if (!(hereDoc || next === -1 || next === 10 || next === 59 || next === 38 || next === 124 || next === 41)) decline();
    }
    const after = this.code();
    if ((after === 60 || after === 62) && (first === 45 || /\d/.test(this.src.slice(start, this.pos)))) decline();
    const digitFirst = isDigit(first) || first === 45 && isDigit(this.src.charCodeAt(start + 1));
    const numeric = digitFirst && NUMBER.test(this.src.slice(start, this.pos));
    return this.node(numeric ? "number" : "word", true, start, this.pos);
  }
  rawString() {
    const start = this.pos;
    const close = this.src.indexOf("'", start + 1);
    if (close < 0) decline();
    this.pos = close + 1;
    return this.node("raw_string", true, start, this.pos);
  }
  /** `"…"`: literal runs (`string_content`) between expansions. */
  string() {
    const start = this.pos;
    const node = this.node("string", true, start, start);
    node.add(this.token('"', 1));
    for (; ; ) {
      const c = this.code();
      if (c === -1) decline();
      if (c === 34) break;
      if (c === 36) {
        const next = this.code(this.pos + 1);
        if (next === 34) decline();
        if (next === 39) decline();
        node.add(this.dollar());
        continue;
      }
      if (c === 96) {
        node.add(this.backticks());
        continue;
      }
      const contentStart = this.pos;
      while (this.pos < this.length) {
        const d = this.code();
        if (d === 34 || d === 36 || d === 96) break;
        if (d === 92) {
          if (this.pos + 1 >= this.length) decline();
          this.pos += 2;
          continue;
        }
        if (d === 13) decline();
        this.pos++;
      }
      const content = this.src.slice(contentStart, this.pos);
      if (/^\s*$/.test(content) || content.includes("\n")) decline();
      node.add(this.node("string_content", true, contentStart, this.pos));
    }
    node.add(this.token('"', 1));
    node.endIndex = this.pos;
    return node;
  }
  /** `$name`, `${…}`, `$(…)`, `$'…'`: what a `$` starts. */
  dollar(first = true) {
    const start = this.pos;
    const next = this.code(start + 1);
    if (next === 40) {
      if (this.code(start + 2) === 40) return this.arithmeticExpansion();
      return this.commandSubstitution();
    }
    if (next === 123) return this.expansion();
    if (next === 39) {
      let at = start + 2;
      for (; ; ) {
        const c = this.code(at);
        if (c === -1) decline();
        if (c === 92) {
          at += 2;
          continue;
        }
        if (c === 39) break;
        at++;
      }
      if (this.src.slice(start + 2, at + 1).includes("\\'")) decline();
      this.pos = at + 1;
      return this.node("ansi_c_string", true, start, this.pos);
    }
    if (!first && next !== 39 && !(this.onlyWordsBefore && this.specialParts === 0 && (next >= 65 && next <= 90 || next >= 97 && next <= 122))) decline();
    if (isNameChar(next)) {
      let at = start + 1;
      while (isNameChar(this.code(at))) at++;
      const node = this.node("simple_expansion", true, start, at);
      node.add(this.token("$", 1));
      const text = this.src.slice(start + 1, at);
      if ((this.code(at) === 60 || this.code(at) === 62) && /^\d+$/.test(text)) decline();
      node.add(this.node(text === "_" ? "special_variable_name" : "variable_name", true, start + 1, at));
      this.pos = at;
      return node;
    }
    if (next === 42 || next === 64 || next === 63 || next === 33 || next === 35 || next === 45 || next === 36) {
      if (isNameChar(this.code(start + 2)) || this.code(start + 2) >= 128) decline();
      const node = this.node("simple_expansion", true, start, start + 2);
      node.add(this.token("$", 1));
      node.add(this.node("special_variable_name", true, start + 1, start + 2));
      this.pos = start + 2;
      return node;
    }
    decline();
  }
  /**
   * `${name}`, `${#name}`, `${1}`, and `${name OP value}` with the default, assign,
   * alternative and error operators and a value of one plain word, a string, a
   * `$name` or a `$(…)`. Others decline.
   */
  expansion() {
    const start = this.pos;
    const node = this.node("expansion", true, start, start);
    node.add(this.token("${", 2));
    const length = this.code() === 35;
    if (length) node.add(this.token("#", 1), "operator");
    const nameStart = this.pos;
    while (isNameChar(this.code())) this.pos++;
    const name = this.src.slice(nameStart, this.pos);
    if (!NAME.test(name) && !POSITIONAL.test(name)) decline();
    node.add(this.node("variable_name", true, nameStart, this.pos));
    if (this.code() !== 125) {
      if (length) decline();
      const op = this.operatorAt(EXPANSION_OPERATORS);
      if (!op) decline();
      node.add(this.token(op, op.length), "operator");
      if (this.code() !== 125) node.add(this.expansionValue());
      if (this.code() !== 125) decline();
    }
    node.add(this.token("}", 1));
    node.endIndex = this.pos;
    return node;
  }
  expansionValue() {
    const c = this.code();
    if (c === 34) return this.string();
    if (c === 36) {
      const next = this.code(this.pos + 1);
      if (next === 40 && this.code(this.pos + 2) !== 40) return this.commandSubstitution();
      if (next >= 65 && next <= 90 || next >= 97 && next <= 122 || next === 95) return this.dollar();
      decline();
    }
    const start = this.pos;
    while (/[A-Za-z0-9_./:@%,+-]/.test(String.fromCharCode(this.code()))) this.pos++;
    const text = this.src.slice(start, this.pos);
    if (!text || !/^[A-Za-z_./]/.test(text)) decline();
    return this.node("word", true, start, this.pos);
  }
  /** `$(( … ))` with numbers, names, `$name`, `+ - * / %` and parentheses; anything else declines. */
  arithmeticExpansion() {
    const node = this.node("arithmetic_expansion", true, this.pos, this.pos);
    node.add(this.token("$((", 3));
    this.skipArithmeticBlanks();
    const expression = this.arithmeticSum();
    node.add(expression);
    if (!this.startsWith("))")) decline();
    node.add(this.token("))", 2));
    node.endIndex = this.pos;
    return node;
  }
  /**
   * `(( … ))` as a command (tree-sitter-bash calls it a `compound_statement`): `NAME++`,
   * `NAME--`, `NAME = …`, `NAME += …`, `NAME -= …`, one comparison of two sums, or a sum,
   * with what `$(( ))` takes inside; anything else declines.
   */
  arithmeticCommand() {
    const node = this.node("compound_statement", true, this.pos, this.pos);
    node.add(this.token("((", 2));
    this.skipArithmeticBlanks();
    node.add(this.arithmeticStatement());
    if (!this.startsWith("))")) decline();
    node.add(this.token("))", 2));
    node.endIndex = this.pos;
    return node;
  }
  arithmeticStatement() {
    const start = this.pos;
    const c = this.code();
    if (c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95) {
      let at = start;
      while (isNameChar(this.code(at))) at++;
      const next = this.code(at);
      if ((next === 43 || next === 45) && this.code(at + 1) === next) {
        const node2 = this.node("postfix_expression", true, start, at + 2);
        node2.add(this.node("variable_name", true, start, at));
        this.pos = at;
        node2.add(this.token(next === 43 ? "++" : "--", 2), "operator");
        this.skipArithmeticBlanks();
        return node2;
      }
      let op = at;
      while (isBlank2(this.code(op))) op++;
      const sign = this.code(op);
      const assigns = sign === 61 ? this.code(op + 1) !== 61 : (sign === 43 || sign === 45) && this.code(op + 1) === 61;
      if (assigns) {
        const name = this.node("variable_name", true, start, at);
        this.pos = op;
        const operator2 = sign === 61 ? this.token("=", 1) : this.token(sign === 43 ? "+=" : "-=", 2);
        this.skipArithmeticBlanks();
        const right2 = this.arithmeticSum();
        const node2 = this.node("binary_expression", true, start, right2.endIndex);
        node2.add(name, "left");
        node2.add(operator2, "operator");
        node2.add(right2, "right");
        return node2;
      }
    }
    const left = this.arithmeticSum();
    const comparison = this.comparisonOperator();
    if (!comparison) return left;
    const operator = this.token(comparison, comparison.length);
    this.skipArithmeticBlanks();
    const right = this.arithmeticSum();
    if (this.comparisonOperator()) decline();
    const node = this.node("binary_expression", true, start, right.endIndex);
    node.add(left, "left");
    node.add(operator, "operator");
    node.add(right, "right");
    return node;
  }
  /** `<`, `<=`, `>`, `>=`, `==`, `!=` at `pos` (not `<<`, `>>`), or null. */
  comparisonOperator() {
    const c = this.code();
    const next = this.code(this.pos + 1);
    if (c === 60 || c === 62) {
      if (next === c) decline();
      return next === 61 ? c === 60 ? "<=" : ">=" : c === 60 ? "<" : ">";
    }
    if ((c === 61 || c === 33) && next === 61) return c === 61 ? "==" : "!=";
    return null;
  }
  skipArithmeticBlanks() {
    while (isBlank2(this.code())) this.pos++;
  }
  arithmeticSum() {
    let left = this.arithmeticProduct();
    for (; ; ) {
      const c = this.code();
      if (!(c === 43 || c === 45)) return left;
      const next = this.code(this.pos + 1);
      if (next === c || next === 61) decline();
      left = this.arithmeticBinary(left, () => this.arithmeticProduct());
    }
  }
  arithmeticProduct() {
    let left = this.arithmeticPrimary();
    for (; ; ) {
      const c = this.code();
      if (!(c === 42 || c === 47 || c === 37)) return left;
      const next = this.code(this.pos + 1);
      if (next === 42 || next === 61) decline();
      left = this.arithmeticBinary(left, () => this.arithmeticPrimary());
    }
  }
  arithmeticBinary(left, right) {
    const operator = this.token(this.src[this.pos], 1);
    this.skipArithmeticBlanks();
    const rightNode = right();
    const node = this.node("binary_expression", true, left.startIndex, rightNode.endIndex);
    node.add(left, "left");
    node.add(operator, "operator");
    node.add(rightNode, "right");
    return node;
  }
  arithmeticPrimary() {
    const start = this.pos;
    const c = this.code();
    let node;
    if (c === 40) {
      node = this.node("parenthesized_expression", true, start, start);
      node.add(this.token("(", 1));
      this.skipArithmeticBlanks();
      node.add(this.arithmeticSum());
      if (this.code() !== 41 || this.code(this.pos + 1) === 41) decline();
      node.add(this.token(")", 1));
      node.endIndex = this.pos;
    } else if (c >= 48 && c <= 57) {
      while (this.code() >= 48 && this.code() <= 57) this.pos++;
      if (c === 48 && this.pos - start > 1 || isNameChar(this.code()) || this.code() === 35) decline();
      node = this.node("number", true, start, this.pos);
    } else if (c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95) {
      while (isNameChar(this.code())) this.pos++;
      if (this.code() === 91 || this.code() === 61) decline();
      node = this.node("variable_name", true, start, this.pos);
    } else if (c === 36) {
      const next = this.code(start + 1);
      if (!(next >= 65 && next <= 90 || next >= 97 && next <= 122 || next === 95)) decline();
      node = this.dollar();
    } else {
      decline();
    }
    this.skipArithmeticBlanks();
    return node;
  }
  commandSubstitution() {
    const start = this.pos;
    const node = this.node("command_substitution", true, start, start);
    node.add(this.token("$(", 2));
    this.substitutionBody(node);
    return node;
  }
  /** Inside `` `…` ``: a backquote ends words and statements. */
  inBackticks = false;
  /** How many backquotes the source holds (counted when the first is met). */
  backquotes = -1;
  /** `` `command` ``, when its text holds no backslash (which bash processes again there) and no nested backquotes. */
  backticks() {
    if (this.inBackticks) decline();
    if (this.backquotes === -1) this.backquotes = this.src.split("`").length - 1;
    if (this.backquotes !== 2) decline();
    const start = this.pos;
    const close = this.src.indexOf("`", start + 1);
    if (close < 0) decline();
    const body = this.src.slice(start + 1, close);
    if (body.includes("\\") || /^\s*$/.test(body) || this.pending.length) decline();
    const node = this.node("command_substitution", true, start, start);
    node.add(this.token("`", 1));
    this.inBackticks = true;
    const inArgument = this.inArgument;
    const specialParts = this.specialParts;
    this.inArgument = false;
    try {
      this.statements(node, "`", null);
    } finally {
      this.inBackticks = false;
      this.inArgument = inArgument;
      this.specialParts = specialParts;
    }
    if (this.pos !== close || this.pending.length) decline();
    node.add(this.token("`", 1));
    node.endIndex = this.pos;
    return node;
  }
  processSubstitution() {
    const start = this.pos;
    const node = this.node("process_substitution", true, start, start);
    node.add(this.token(this.code() === 60 ? "<(" : ">(", 2));
    this.substitutionBody(node);
    return node;
  }
  substitutionBody(node) {
    if (this.pending.length) decline();
    const inArgument = this.inArgument;
    const specialParts = this.specialParts;
    this.inArgument = false;
    try {
      this.statements(node, ")", null);
    } finally {
      this.inArgument = inArgument;
      this.specialParts = specialParts;
    }
    if (this.code() !== 41) decline();
    if (!node.children.some((child) => child.isNamed)) decline();
    if (this.pending.length) decline();
    node.add(this.token(")", 1));
    node.endIndex = this.pos;
  }
};
function parseBashFast(source) {
  try {
    return new Parser(source).parseProgram();
  } catch (error) {
    if (error instanceof Decline) return null;
    return null;
  }
}
function endsInDash(node) {
  let edge = node;
  while ((edge.type === "list" || edge.type === "pipeline") && edge.childCount > 0) edge = edge.children[edge.childCount - 1];
  return edge.type === "command" && edge.childCount >= 2 && edge.children[edge.childCount - 1].text === "-";
}

// src/shell/parser.ts
var RUNTIME_WASM = "web-tree-sitter.wasm";
var BASH_WASM = "tree-sitter-bash.wasm";
var parser = null;
var loading = null;
function locateWasm(file, packagePath) {
  const beside = (0, import_node_url.fileURLToPath)(new URL(file, import.meta.url));
  if ((0, import_node_fs.existsSync)(beside)) return beside;
  const aboveChunk = (0, import_node_url.fileURLToPath)(new URL(`../${file}`, import.meta.url));
  if ((0, import_node_fs.existsSync)(aboveChunk)) return aboveChunk;
  const require2 = (0, import_node_module.createRequire)(import.meta.url);
  return require2.resolve(packagePath);
}
function prepareParser() {
  loading ??= (async () => {
    const { Language, Parser: Parser3 } = await import("./web-tree-sitter-AB4CAMCG.js");
    const runtime = locateWasm(RUNTIME_WASM, `web-tree-sitter/${RUNTIME_WASM}`);
    await Parser3.init({ locateFile: () => runtime });
    const bash = await Language.load(locateWasm(BASH_WASM, `tree-sitter-bash/${BASH_WASM}`));
    const created = new Parser3();
    created.setLanguage(bash);
    parser = created;
  })();
  return loading;
}
function isParserReady() {
  return parser !== null;
}
var NOTHING_TO_RELEASE = () => {
};
var typeScriptParser = true;
function parseShell(source) {
  const fast = typeScriptParser ? parseBashFast(source) : null;
  if (fast) return { root: fast, release: NOTHING_TO_RELEASE };
  const tree = parseTreeSitter(source);
  return { root: tree.rootNode, release: () => tree.delete() };
}
var misses = 0;
function treeSitterMisses() {
  return misses;
}
function parseTreeSitter(source) {
  if (!parser) misses++;
  if (!parser) throw new Error("shell parser is not loaded (prepareShellAnalysis was not awaited)");
  const tree = parser.parse(source);
  if (!tree) throw new Error("shell parser returned no tree");
  return tree;
}

// src/shell/analyze.ts
var ENV_REACHES = /* @__PURE__ */ new Set(["AWS_ENDPOINT_URL", "VAULT_ADDR", "HELM_KUBEAPISERVER"]);
var PROXY_VARIABLE = /^(https?_proxy|HTTPS?_PROXY|ALL_PROXY|all_proxy|ftp_proxy|FTP_PROXY)$/;
function newSimpleCommand(text, raw) {
  return {
    text,
    raw,
    allowText: void 0,
    allowForms: void 0,
    argv: void 0,
    opaque: void 0,
    wrappers: void 0,
    judgedAs: void 0,
    knownPrefix: void 0,
    knownAllowPrefix: void 0,
    env: void 0,
    cwd: void 0
  };
}
var MAX_NESTING = 8;
var UNPARSABLE = "[unparsable]";
async function prepareShellAnalysis(commands) {
  if (commands && !isParserReady()) {
    const before = treeSitterMisses();
    for (const command of commands) analyze(command, true);
    if (treeSitterMisses() === before) return;
  }
  await prepareParser();
}
function newContext(depth, out, places) {
  return { depth, out, places, directories: void 0 };
}
function collapse(text) {
  return isCollapsed(text) ? text : text.replace(/\s+/g, " ").trim();
}
function isCollapsed(text) {
  if (text.length <= 4096) return COLLAPSED.test(text);
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (code < 32 || code > 126) return false;
    else afterSpace = false;
  }
  return !afterSpace || text.length === 0;
}
var COLLAPSED = /^(?:\S+(?: \S+)*)?$/;
function textsOf(words2) {
  const texts = new Array(words2.length);
  for (let i = 0; i < words2.length; i++) texts[i] = words2[i].text;
  return texts;
}
function textOf(words2) {
  return textsOf(words2).join(" ");
}
function analyzeShellCommand(command) {
  return analyze(command, true);
}
function analyze(command, fastPath) {
  const out = { commands: [], implied: [] };
  try {
    const plain = fastPath ? plainWords(command) : null;
    const places = [startingPlace()];
    if (plain) runWords(plain.words, newContext(0, out, places), newRunInfo(plain.raw, null, void 0));
    else analyzeScript(command, newContext(0, out, places), command);
    return out;
  } catch (error) {
    const reason = `cannot analyse the command: ${error instanceof Error ? error.message : String(error)}`;
    const failed = newSimpleCommand(collapse(command), command);
    failed.opaque = reason;
    return { commands: [failed], implied: [] };
  }
}
var PLAIN_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.,:=/%+@";
var PROGRAM_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-./";
var ARGUMENT = 1;
var PROGRAM = 2;
var PLAIN = new Uint8Array(128);
for (const ch of PLAIN_CHARACTERS) PLAIN[ch.charCodeAt(0)] = ARGUMENT;
for (const ch of PROGRAM_CHARACTERS) PLAIN[ch.charCodeAt(0)] = PROGRAM;
var SPACE = 32;
var EQUALS4 = 61;
var DASH5 = 45;
var NOT_SIMPLE = /* @__PURE__ */ new Set([
  "if",
  "then",
  "else",
  "elif",
  "fi",
  "do",
  "done",
  "case",
  "esac",
  "while",
  "until",
  "for",
  "in",
  "function",
  "select",
  "time",
  "coproc",
  "declare",
  "typeset",
  "export",
  "readonly",
  "local",
  "unset",
  "unsetenv"
]);
function plainWords(command) {
  let count2 = 0;
  let start = -1;
  let rawStart = 0;
  let rawEnd = 0;
  for (let i = 0; i <= command.length; i++) {
    const code = i < command.length ? command.charCodeAt(i) : SPACE;
    if (code === SPACE) {
      if (start >= 0) {
        if (count2 + 2 > bounds.length) bounds = growBounds(bounds);
        bounds[count2++] = start;
        bounds[count2++] = i;
        rawEnd = i;
        start = -1;
      }
      continue;
    }
    const kind = code < 128 ? PLAIN[code] : 0;
    if (kind === 0 || count2 === 0 && kind !== PROGRAM) return null;
    if (start < 0) {
      if (code === EQUALS4 || count2 === 0 && code === DASH5) return null;
      if (count2 === 0) rawStart = i;
      start = i;
    }
  }
  if (count2 === 0) return null;
  const program = command.slice(bounds[0], bounds[1]);
  if (NOT_SIMPLE.has(program)) return null;
  const words2 = [newWord(program)];
  for (let k = 2; k < count2; k += 2) words2.push(newWord(command.slice(bounds[k], bounds[k + 1])));
  return { words: words2, raw: command.slice(rawStart, rawEnd) };
}
var bounds = new Int32Array(64);
function growBounds(old) {
  const grown = new Int32Array(old.length * 2);
  grown.set(old);
  return grown;
}
function pushOpaque(ctx, text, raw, reason, wrappers = NO_WRAPPERS) {
  const command = newSimpleCommand(collapse(text), raw);
  command.opaque = reason;
  if (wrappers.length) command.wrappers = wrappers;
  ctx.out.commands.push(command);
  return command.text;
}
function firstError(node) {
  if (node.type === "ERROR" || node.isMissing) return node;
  if (!node.hasError) return null;
  for (const child of node.children) {
    const found = firstError(child);
    if (found) return found;
  }
  return node;
}
function analyzeScript(source, ctx, raw) {
  if (ctx.depth > MAX_NESTING) {
    pushOpaque(ctx, `${UNPARSABLE} ${source}`, raw, `commands nested more than ${MAX_NESTING} levels deep`);
    return;
  }
  const joined = joinContinuations(source);
  if ("opaque" in joined) {
    pushOpaque(ctx, `${UNPARSABLE} ${source}`, raw, joined.opaque);
    return;
  }
  const parsed = parseShell(joined.source);
  try {
    const root = parsed.root;
    const error = firstError(root);
    if (error) {
      const where = `${error.startPosition.row + 1}:${error.startPosition.column + 1}`;
      const what = error.isMissing ? `missing ${error.type}` : "syntax error";
      pushOpaque(ctx, `${UNPARSABLE} ${source}`, raw, `cannot parse the command (${what} at ${where})`);
      return;
    }
    const misread = misreadTree(root);
    if (misread) {
      pushOpaque(ctx, `${UNPARSABLE} ${source}`, raw, misread);
      return;
    }
    const outer = { places: ctx.places, directories: ctx.directories };
    ctx.directories = directoriesOf(root, ctx.places);
    try {
      visit(root, ctx);
    } finally {
      ctx.places = outer.places;
      ctx.directories = outer.directories;
    }
  } finally {
    parsed.release();
  }
}
function visit(node, ctx, parent = null) {
  const evaluated = evaluatedCodeReason(node);
  if (evaluated) pushOpaque(ctx, node.text, node.text, evaluated);
  switch (node.type) {
    case "comment":
      return;
    case "command_substitution":
      redirectActions(redirectsOf(node), ctx, collapse(node.text).slice(0, 200));
      break;
    case "for_statement": {
      const variable = node.childForFieldName("variable");
      if (variable && SENSITIVE_VARIABLE.test(variable.text)) {
        pushOpaque(ctx, node.text, node.text, `the loop sets ${variable.text}, which changes what later commands run`);
      }
      break;
    }
    case "command":
      analyzeCommandNode(node, ctx, parent);
      break;
    case "redirected_statement": {
      const body = node.childForFieldName("body");
      if (body && body.type !== "command") {
        enterPlaces(node, ctx);
        redirectActions(redirectsOf(node), ctx, collapse(body.text).slice(0, 200));
      }
      break;
    }
    case "variable_assignment": {
      const within = parent?.type;
      if (within !== "command" && within !== "declaration_command") checkAssignment(node, ctx, node.text);
      break;
    }
    case "declaration_command": {
      for (const child of node.namedChildren) {
        if (child.type === "variable_assignment" || child.type === "variable_name") checkAssignment(child, ctx, node.text);
      }
      break;
    }
  }
  for (const child of node.namedChildren) visit(child, ctx, node);
}
function assignedName(node) {
  if (node.type === "variable_name") return node.text;
  const name = node.childForFieldName("name");
  return (name?.type === "subscript" ? name.childForFieldName("name") : name)?.text ?? "";
}
function checkAssignment(node, ctx, raw) {
  const name = assignedName(node);
  if (SENSITIVE_VARIABLE.test(name)) {
    pushOpaque(ctx, raw, raw, `sets ${name}, which changes what later commands run`);
  } else if (TOOL_ENVIRONMENT.has(name) || TOOL_ENVIRONMENT_OPAQUE.test(name) || hasEnvironmentEffect(name)) {
    pushOpaque(ctx, raw, raw, `sets ${name}, which later ${name.split("_")[0].toLowerCase()} commands read as an option`);
  }
}
var REDIRECT_TYPES = /* @__PURE__ */ new Set(["file_redirect", "heredoc_redirect", "herestring_redirect"]);
var NO_REDIRECTS = Object.freeze([]);
function redirectsOf(node) {
  let found = NO_REDIRECTS;
  for (const child of node.namedChildren) {
    if (!REDIRECT_TYPES.has(child.type)) continue;
    if (found === NO_REDIRECTS) found = [];
    found.push(child);
  }
  return found;
}
function operatorOf(redirect) {
  return redirect.children.find((c) => !c.isNamed)?.type ?? ">";
}
function redirectActions(redirects, ctx, via) {
  for (const redirect of redirects) {
    if (redirect.type !== "file_redirect") continue;
    const destination = redirect.childrenForFieldName("destination")[0];
    if (!destination) continue;
    const op = operatorOf(redirect);
    const word = resolveWord(destination);
    if ((op === ">&" || op === "<&" || op === ">&-" || op === "<&-") && /^(\d+|-)$/.test(word.text)) continue;
    const targets = op === "<" ? fileRead(word) : op === "<>" ? [...fileRead(word), ...fileWrite(word)] : fileWrite(word);
    pushImplied(ctx, targets, via);
  }
}
function enterPlaces(node, ctx) {
  const places = ctx.directories?.get(node.id);
  if (places) ctx.places = places;
}
function pushImplied(ctx, targets, via, dirs) {
  if (targets.length === 0) return;
  const folders = dirs ?? foldersOf(ctx.places);
  const root = atRoot(folders);
  for (const t of targets) {
    const action = t.action;
    if (root || action.type === "network.request" || action.path.startsWith("/") || action.path.startsWith("~")) {
      addImplied(ctx, action, via, t, t.opaque, t.outside);
      continue;
    }
    const path = action.path;
    for (const dir of folders) {
      const from = pathFrom(dir, path);
      if (from === null) {
        const reason = "unknown" in dir ? dir.unknown : "the folder is unknown";
        addImplied(ctx, action, via, t, t.opaque ?? `${path} is taken from a folder known only at run time (${reason})`, reason);
      } else addImplied(ctx, { ...action, path: from }, via, t, t.opaque, t.outside);
    }
  }
}
function addImplied(ctx, action, via, t, opaque, outside2) {
  const implied = { action, via };
  if (opaque) implied.opaque = opaque;
  if (t.ownInput) implied.ownInput = t.ownInput;
  if (t.recursive) implied.recursive = t.recursive;
  if (outside2) implied.outside = outside2;
  ctx.out.implied.push(implied);
}
function stdinScript(redirects) {
  for (const redirect of redirects) {
    if (redirect.type === "heredoc_redirect") {
      const body = redirect.namedChildren.find((c) => c.type === "heredoc_body");
      if (!body) return { text: "" };
      const expansion = body.namedChildren.find((c) => c.type !== "heredoc_content");
      if (expansion) return { text: body.text, dynamic: `contains ${expansion.text}` };
      const start = redirect.namedChildren.find((c) => c.type === "heredoc_start");
      return { text: start && !/["'\\]/.test(start.text) ? expandedHeredoc(body.text) : body.text };
    }
    if (redirect.type === "herestring_redirect") {
      const value = redirect.namedChildren[0];
      return value ? resolveWord(value) : { text: "" };
    }
  }
  return null;
}
function expandedHeredoc(body) {
  if (!body.includes("\\")) return body;
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const next = body[i + 1];
    if (body[i] === "\\" && (next === "\\" || next === "$" || next === "`" || next === "\n")) {
      if (next !== "\n") out += next;
      i++;
    } else out += body[i];
  }
  return out;
}
function analyzeCommandNode(node, ctx, parent) {
  enterPlaces(node, ctx);
  let redirects = redirectsOf(node);
  if (parent?.type === "redirected_statement" && parent.childForFieldName("body")?.id === node.id) {
    redirects = [...redirects, ...redirectsOf(parent)];
  }
  const source = node.text;
  if (commentBeforeEnd(node)) {
    pushOpaque(ctx, `${UNPARSABLE} ${source}`, source, "the parser continued a command past a comment, where bash ends it");
    return;
  }
  const misread = misreadCommand(node);
  if (misread) {
    pushOpaque(ctx, `${UNPARSABLE} ${source}`, source, misread);
    return;
  }
  const nameNode = node.childForFieldName("name");
  const wordNodes = node.childrenForFieldName("argument");
  if (nameNode) wordNodes.unshift(nameNode);
  const words2 = resolveTouchingWords(wordNodes);
  for (const word of wordsInRedirects(redirects)) words2.push(word);
  const assignments = [];
  for (const child of node.namedChildren) if (child.type === "variable_assignment") assignments.push(child);
  const names2 = assignments.length > 0 ? assignments.map(assignedName) : NO_NAMES;
  const sensitive = assignments.length > 0 ? names2.find((name) => SENSITIVE_VARIABLE.test(name)) : void 0;
  let via = "";
  if (sensitive && words2.length > 0) {
    via = pushOpaque(ctx, source, source, `sets ${sensitive} for the command, which changes what it runs`);
  } else if (words2.length > 0) {
    const env = assignments.length > 0 ? {} : void 0;
    for (let i = 0; i < assignments.length; i++) {
      const name = names2[i];
      if (!TOOL_ENVIRONMENT.has(name) && !TOOL_ENVIRONMENT_OPAQUE.test(name) && !PROXY_VARIABLE.test(name) && !hasEnvironmentEffect(name)) continue;
      const valueNode = assignments[i].childForFieldName("value");
      const value = valueNode ? resolveWord(valueNode) : { text: "" };
      if (isComputed(value)) {
        pushOpaque(ctx, source, source, `sets ${name} to a value computed at run time, which the tool reads as an option`);
        return;
      }
      env[name] = value.text;
    }
    via = runWords(words2, ctx, newRunInfo(source, stdinScript(redirects), env));
  }
  if (redirects.length > 0) redirectActions(redirects, ctx, via || collapse(source));
}
var NO_NAMES = [];
var NO_WRAPPERS = Object.freeze([]);
function newRunInfo(raw, stdin, env) {
  return { raw, env, stdin, wrappers: NO_WRAPPERS, extraArgs: void 0, cwd: void 0 };
}
function commentBeforeEnd(node) {
  const children = node.children;
  for (let i = 0; i < children.length - 1; i++) if (children[i].type === "comment") return true;
  return false;
}
var SYSTEM_DIRS = /* @__PURE__ */ new Set(["/bin", "/sbin", "/usr/bin", "/usr/sbin", "/usr/local/bin", "/usr/local/sbin"]);
var RESERVED_WORDS = /* @__PURE__ */ new Set([
  "!",
  "{",
  "}",
  "[[",
  "if",
  "then",
  "elif",
  "else",
  "fi",
  "do",
  "done",
  "while",
  "until",
  "for",
  "case",
  "esac",
  "select",
  "function"
]);
var ASSIGNMENT_WORD = /^[A-Za-z_][A-Za-z0-9_]*\+?=/;
var DECLARATIONS2 = /* @__PURE__ */ new Set(["declare", "typeset", "local", "export", "readonly"]);
function programName(program) {
  if (program.expands) return { opaque: `program name ${program.text} uses ${program.expands} expansion, resolved at run time` };
  const slash = program.text.lastIndexOf("/");
  const base = program.text.slice(slash + 1);
  if (program.dynamic) {
    if (program.splits || slash < 0 || /[$`(]/.test(base)) return { opaque: "program name is computed at run time" };
    return { opaque: `runs ${program.text}, a file in a folder computed at run time, not the system ${base}`, asName: base };
  }
  if (!base) return { opaque: "program name is empty" };
  if (slash >= 0) {
    const dir = program.text.slice(0, slash).replace(/\/+/g, "/").replace(/\/$/, "") || "/";
    if (!SYSTEM_DIRS.has(dir)) return { opaque: `runs the file ${program.text}, not the system ${base}`, asName: base };
  }
  return base;
}
function runWords(words2, ctx, info) {
  if (words2.length === 0) return "";
  const program = words2[0];
  const args = words2.slice(1);
  const argTexts = textsOf(args);
  const programIs = programName(program);
  const name = typeof programIs === "string" ? knownKey(programIs) : programIs;
  if (typeof name !== "string") {
    const text2 = pushOpaque(ctx, textOf(words2), info.raw, name.opaque, info.wrappers);
    if (name.asName) {
      const command = ctx.out.commands[ctx.out.commands.length - 1];
      command.judgedAs = collapse(canonicalise(name.asName, argTexts).words.join(" "));
    }
    return text2;
  }
  if (name.includes("=") && ASSIGNMENT_WORD.test(name)) {
    return pushOpaque(ctx, textOf(words2), info.raw, `the parser read the assignment ${name} as a program, where bash sets it for the command after it`, info.wrappers);
  }
  if (RESERVED_WORDS.has(name)) {
    return pushOpaque(ctx, textOf(words2), info.raw, `the parser read the reserved word ${name} as a program, where bash runs a compound command the analysis did not read`, info.wrappers);
  }
  if (DECLARATIONS2.has(name) && args.length > 0) {
    return pushOpaque(ctx, textOf(words2), info.raw, `${name} run as a command's words: its assignments are read only where the parser reads a declaration`, info.wrappers);
  }
  const assigning = assigningBuiltinReason(name, args);
  if (assigning) return pushOpaque(ctx, textOf(words2), info.raw, assigning, info.wrappers);
  const runsArguments = RUNS_ITS_ARGUMENTS[name] ?? runsCodeSubcommand(name, argTexts);
  if (runsArguments) return pushOpaque(ctx, textOf(words2), info.raw, `${runsArguments}, which the analysis does not follow`, info.wrappers);
  if (name === "time" || name === "strace" || name === "ltrace") pushImplied(ctx, optionEffects(name, args).implied, collapse(textOf(words2)), info.cwd);
  const unwrapped = unwrap(name, args);
  if (unwrapped) {
    switch (unwrapped.kind) {
      case "command":
        if (unwrapped.reads) pushImplied(ctx, unwrapped.reads.flatMap(fileRead), collapse(textOf(words2)), info.cwd);
        return runWords(unwrapped.words, ctx, {
          ...info,
          wrappers: [...info.wrappers, name],
          extraArgs: unwrapped.extraArgs ?? info.extraArgs,
          cwd: unwrapped.chdir ? enterFolders(info.cwd ?? foldersOf(ctx.places), [unwrapped.chdir]) : info.cwd
        });
      case "script":
        return runScriptWords(unwrapped.words, ctx, info, `${name} runs`, textOf(words2));
      case "none":
        return "";
      case "opaque":
        return pushOpaque(ctx, textOf(words2), info.raw, unwrapped.reason, info.wrappers);
      case "self":
        return emit(name, args, ctx, info);
    }
  }
  if (SHELLS.has(name)) {
    const run = shellRun(name, args);
    switch (run.kind) {
      case "script":
        return runScriptWords([run.script], ctx, info, `${name} -c runs`, textOf(words2));
      case "stdin":
        if (info.stdin) return runScriptWords([info.stdin], ctx, info, `${name} reads`, `${textOf(words2)} <<< ${info.stdin.text}`);
        return pushOpaque(ctx, textOf(words2), info.raw, `${name} runs a script read from standard input, unknown before run time`, info.wrappers);
      case "file":
        pushImplied(ctx, fileRead(run.file), collapse(textOf(words2)), info.cwd);
        return pushOpaque(ctx, textOf(words2), info.raw, `${name} runs the script file ${run.file.text}, whose commands are not analysed`, info.wrappers);
      case "opaque":
        return pushOpaque(ctx, textOf(words2), info.raw, run.reason, info.wrappers);
    }
  }
  switch (name) {
    case "eval":
      return args.length ? runScriptWords(args, ctx, info, "eval runs", textOf(words2)) : "";
    case "su":
    case "runuser": {
      const command = suCommand(args);
      if (typeof command === "string") return pushOpaque(ctx, textOf(words2), info.raw, command, info.wrappers);
      return runScriptWords([command], ctx, info, `${name} -c runs`, textOf(words2));
    }
    case "trap":
      if (args.length >= 2 && !args[0].text.startsWith("-")) return runScriptWords([args[0]], ctx, info, "trap runs", textOf(words2));
      return emit(name, args, ctx, info);
    case "source":
    case ".":
      pushImplied(ctx, impliedActions(name, args), collapse(textOf(words2)), info.cwd);
      return pushOpaque(ctx, textOf(words2), info.raw, `${name} runs the commands of ${args[0]?.text ?? "a file"}, which are not analysed`, info.wrappers);
    case "alias":
      if (args.length === 0 || args.every((a) => !a.text.includes("="))) return emit(name, args, ctx, info);
      return pushOpaque(ctx, textOf(words2), info.raw, "defines an alias, which can make any name run any command", info.wrappers);
    case "coproc":
      if (args.length > 1 && RESERVED_WORDS.has(args[1].text)) {
        return pushOpaque(ctx, textOf(words2), info.raw, `the parser read the reserved word ${args[1].text} as an argument, where bash runs a compound command the analysis did not read`, info.wrappers);
      }
      return runWords(args, ctx, { ...info, wrappers: [...info.wrappers, name] });
    case "awk":
    case "gawk":
    case "mawk":
    case "nawk": {
      const reason = awkReason(args);
      return reason ? pushOpaque(ctx, textOf(words2), info.raw, reason, info.wrappers) : emit(name, args, ctx, info);
    }
    case "git": {
      const reason = gitReason(args);
      return reason ? pushOpaque(ctx, textOf(words2), info.raw, reason, info.wrappers) : emit(name, args, ctx, info);
    }
    case "find":
      return runFind(args, ctx, info);
  }
  const inline = inlineCodeReason(name, args);
  if (inline) return pushOpaque(ctx, textOf(words2), info.raw, inline, info.wrappers);
  const text = emit(name, args, ctx, info, argTexts);
  const remote = remoteRun(name, args);
  if (remote && (name !== "kubectl" || text.startsWith("kubectl exec"))) {
    const inner = { ...info, wrappers: [...info.wrappers, name], extraArgs: void 0, stdin: null };
    if (remote.opaque) pushOpaque(ctx, textOf(words2), info.raw, remote.opaque, info.wrappers);
    else if (remote.argv) runWords(remote.argv, ctx, inner);
    else if (remote.script) runScriptWords(remote.script, ctx, inner, `${name} runs`, textOf(words2));
  }
  return text;
}
function runScriptWords(words2, ctx, info, what, invocation) {
  const script = words2.map((w) => w.text).join(" ");
  const computed = words2.find((w) => w.dynamic || w.expands);
  if (computed) {
    return pushOpaque(ctx, invocation, info.raw, `${what} a script computed at run time (${computed.text})`, info.wrappers);
  }
  const before = ctx.out.commands.length;
  const places = info.cwd ? info.cwd.map((dir) => startingPlace(dir)) : ctx.places;
  analyzeScript(script, newContext(ctx.depth + 1, ctx.out, places), script);
  for (const command of ctx.out.commands.slice(before)) {
    if (info.wrappers.length) command.wrappers = [...info.wrappers, ...command.wrappers ?? []];
  }
  return ctx.out.commands[before]?.text ?? "";
}
function runFind(args, ctx, info) {
  const text = emit("find", args, ctx, info);
  const reach = findReach(args);
  const dirs = enterFolders(info.cwd ?? foldersOf(ctx.places), []);
  for (let i = 0; i < args.length; i++) {
    if (!/^-(exec|execdir|ok|okdir)$/.test(args[i].text)) continue;
    const end = args.findIndex((w, j) => j > i && (w.text === ";" || w.text === "+"));
    const argv = args.slice(i + 1, end < 0 ? void 0 : end).map(
      (w) => w.text.includes("{}") ? { ...w, dynamic: w.dynamic ?? "contains {}, a file name found at run time" } : w
    );
    const before = ctx.out.implied.length;
    const cwd = /^-(execdir|okdir)$/.test(args[i].text) ? [{ unknown: `find ${args[i].text} runs the command in the folder of each file it finds` }] : info.cwd;
    runWords(argv, ctx, { ...info, wrappers: [...info.wrappers, "find"], stdin: null, cwd });
    foundFiles(ctx, before, reach, dirs);
    if (end < 0) break;
    i = end;
  }
  return text;
}
function foundFiles(ctx, from, reach, dirs) {
  const added2 = ctx.out.implied.splice(from);
  for (const implied of added2) {
    const action = implied.action;
    if (action.type === "network.request" || !(action.path === "{}" || action.path.endsWith("/{}"))) {
      ctx.out.implied.push(implied);
      continue;
    }
    const targets = reach.starts.flatMap((start) => action.type === "file.read" ? recursiveRead(start, reach.filters) : recursiveWrite(start));
    pushImplied(ctx, targets, implied.via, dirs);
  }
}
function emit(name, args, ctx, info, argTexts = textsOf(args)) {
  const canonical = canonicalise(name, argTexts, info.env);
  const text = collapse(canonical.words.join(" "));
  const argv = canonical.optionsStart === void 0 ? canonical.words : [name, ...argTexts];
  const command = newSimpleCommand(text, info.raw);
  command.argv = argv;
  const allow = allowWords(canonical.words, canonical.optionsStart, canonical.optionsEnd);
  if (!sameWords(allow.words, canonical.words)) {
    const allowText = collapse(allow.words.join(" "));
    if (allowText !== text) command.allowText = allowText;
  }
  if (allow.canonicalDryRun) command.allowForms = [collapse(allow.canonicalDryRun.join(" "))];
  let growing;
  let computed;
  for (const arg of args) {
    if (!growing && (arg.splits || arg.expands)) growing = arg;
    if (!computed && isComputed(arg)) computed = arg;
  }
  if ("opaque" in canonical) command.opaque = canonical.opaque;
  else if (growing) command.opaque = `argument ${growing.text} is expanded at run time and may become several words`;
  else if (computed) command.opaque = `argument ${computed.text} ${computed.dynamic}, known only at run time`;
  else if (info.extraArgs) command.opaque = info.extraArgs;
  if (command.opaque && !("opaque" in canonical)) {
    const end = openEnd(name, args, canonical.words, allow.words, info.extraArgs);
    if (end !== null) {
      command.knownPrefix = end.prefix;
      command.knownAllowPrefix = end.allowPrefix;
    }
  }
  if (info.wrappers.length) command.wrappers = info.wrappers;
  const env = info.env && hasEntries(info.env) ? info.env : void 0;
  if (env) command.env = env;
  const dirs = enterFolders(info.cwd ?? foldersOf(ctx.places), directoryWords(name, args));
  const root = atRoot(dirs);
  if (!root) command.cwd = dirs;
  const foreign = !root && READS_ITS_FOLDER[name] ? dirs.filter(isOutsideDirectory) : NO_FOLDERS;
  const effects = optionEffects(name, args);
  const fromEnvironment = env ? environmentEffects(env) : NO_EFFECTS;
  const runs = effects.runs ?? fromEnvironment.runs;
  if (runs) {
    command.opaque ??= runs;
    command.knownPrefix = void 0;
    command.knownAllowPrefix = void 0;
  }
  ctx.out.commands.push(command);
  pushImplied(ctx, impliedActions(name, args), text, dirs);
  if (foreign.length) pushImplied(ctx, recursiveRead({ text: "." }, {}), text, foreign);
  pushImplied(ctx, effects.implied, text, dirs);
  pushImplied(ctx, fromEnvironment.implied, text, dirs);
  if (env) {
    for (const [variable, value] of Object.entries(env)) {
      if ((PROXY_VARIABLE.test(variable) || ENV_REACHES.has(variable)) && value) pushImplied(ctx, [networkTo({ text: value })], text);
      if (variable === "KUBECONFIG") for (const file of value.split(":").filter(Boolean)) pushImplied(ctx, fileRead({ text: file }), text, dirs);
    }
  }
  return text;
}
function sameWords(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
var NO_FOLDERS = [];
var NO_EFFECTS = { implied: [] };
function hasEntries(record) {
  for (const _ in record) return true;
  return false;
}

// node_modules/yaml/browser/dist/nodes/identity.js
var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
function isCollection(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case MAP:
      case SEQ:
        return true;
    }
  return false;
}
function isNode(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case ALIAS:
      case MAP:
      case SCALAR:
      case SEQ:
        return true;
    }
  return false;
}
var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

// node_modules/yaml/browser/dist/parse/line-counter.js
var LineCounter = class {
  constructor() {
    this.lineStarts = [];
    this.addNewLine = (offset) => this.lineStarts.push(offset);
    this.linePos = (offset) => {
      let low = 0;
      let high = this.lineStarts.length;
      while (low < high) {
        const mid = low + high >> 1;
        if (this.lineStarts[mid] < offset)
          low = mid + 1;
        else
          high = mid;
      }
      if (this.lineStarts[low] === offset)
        return { line: low + 1, col: 1 };
      if (low === 0)
        return { line: 0, col: offset };
      const start = this.lineStarts[low - 1];
      return { line: low, col: offset - start + 1 };
    };
  }
};

// node_modules/yaml/browser/dist/visit.js
var BREAK = /* @__PURE__ */ Symbol("break visit");
var SKIP = /* @__PURE__ */ Symbol("skip children");
var REMOVE = /* @__PURE__ */ Symbol("remove node");
function visit2(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    visit_(null, node, visitor_, Object.freeze([]));
}
visit2.BREAK = BREAK;
visit2.SKIP = SKIP;
visit2.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
  const ctrl = callVisitor(key, node, visitor, path);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path, ctrl);
    return visit_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path = Object.freeze(path.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = visit_(i, node.items[i], visitor, path);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path = Object.freeze(path.concat(node));
      const ck = visit_("key", node.key, visitor, path);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = visit_("value", node.value, visitor, path);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
async function visitAsync(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    await visitAsync_(null, node, visitor_, Object.freeze([]));
}
visitAsync.BREAK = BREAK;
visitAsync.SKIP = SKIP;
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
  const ctrl = await callVisitor(key, node, visitor, path);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path, ctrl);
    return visitAsync_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path = Object.freeze(path.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = await visitAsync_(i, node.items[i], visitor, path);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path = Object.freeze(path.concat(node));
      const ck = await visitAsync_("key", node.key, visitor, path);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = await visitAsync_("value", node.value, visitor, path);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
function initVisitor(visitor) {
  if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
    return Object.assign({
      Alias: visitor.Node,
      Map: visitor.Node,
      Scalar: visitor.Node,
      Seq: visitor.Node
    }, visitor.Value && {
      Map: visitor.Value,
      Scalar: visitor.Value,
      Seq: visitor.Value
    }, visitor.Collection && {
      Map: visitor.Collection,
      Seq: visitor.Collection
    }, visitor);
  }
  return visitor;
}
function callVisitor(key, node, visitor, path) {
  if (typeof visitor === "function")
    return visitor(key, node, path);
  if (isMap(node))
    return visitor.Map?.(key, node, path);
  if (isSeq(node))
    return visitor.Seq?.(key, node, path);
  if (isPair(node))
    return visitor.Pair?.(key, node, path);
  if (isScalar(node))
    return visitor.Scalar?.(key, node, path);
  if (isAlias(node))
    return visitor.Alias?.(key, node, path);
  return void 0;
}
function replaceNode(key, path, node) {
  const parent = path[path.length - 1];
  if (isCollection(parent)) {
    parent.items[key] = node;
  } else if (isPair(parent)) {
    if (key === "key")
      parent.key = node;
    else
      parent.value = node;
  } else if (isDocument(parent)) {
    parent.contents = node;
  } else {
    const pt = isAlias(parent) ? "alias" : "scalar";
    throw new Error(`Cannot replace node with ${pt} parent`);
  }
}

// node_modules/yaml/browser/dist/doc/directives.js
var escapeChars = {
  "!": "%21",
  ",": "%2C",
  "[": "%5B",
  "]": "%5D",
  "{": "%7B",
  "}": "%7D"
};
var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
var Directives = class _Directives {
  constructor(yaml, tags) {
    this.docStart = null;
    this.docEnd = false;
    this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
    this.tags = Object.assign({}, _Directives.defaultTags, tags);
  }
  clone() {
    const copy = new _Directives(this.yaml, this.tags);
    copy.docStart = this.docStart;
    return copy;
  }
  /**
   * During parsing, get a Directives instance for the current document and
   * update the stream state according to the current version's spec.
   */
  atDocument() {
    const res = new _Directives(this.yaml, this.tags);
    switch (this.yaml.version) {
      case "1.1":
        this.atNextDocument = true;
        break;
      case "1.2":
        this.atNextDocument = false;
        this.yaml = {
          explicit: _Directives.defaultYaml.explicit,
          version: "1.2"
        };
        this.tags = Object.assign({}, _Directives.defaultTags);
        break;
    }
    return res;
  }
  /**
   * @param onError - May be called even if the action was successful
   * @returns `true` on success
   */
  add(line, onError) {
    if (this.atNextDocument) {
      this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
      this.tags = Object.assign({}, _Directives.defaultTags);
      this.atNextDocument = false;
    }
    const parts = line.trim().split(/[ \t]+/);
    const name = parts.shift();
    switch (name) {
      case "%TAG": {
        if (parts.length !== 2) {
          onError(0, "%TAG directive should contain exactly two parts");
          if (parts.length < 2)
            return false;
        }
        const [handle, prefix] = parts;
        this.tags[handle] = prefix;
        return true;
      }
      case "%YAML": {
        this.yaml.explicit = true;
        if (parts.length !== 1) {
          onError(0, "%YAML directive should contain exactly one part");
          return false;
        }
        const [version] = parts;
        if (version === "1.1" || version === "1.2") {
          this.yaml.version = version;
          return true;
        } else {
          const isValid = /^\d+\.\d+$/.test(version);
          onError(6, `Unsupported YAML version ${version}`, isValid);
          return false;
        }
      }
      default:
        onError(0, `Unknown directive ${name}`, true);
        return false;
    }
  }
  /**
   * Resolves a tag, matching handles to those defined in %TAG directives.
   *
   * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
   *   `'!local'` tag, or `null` if unresolvable.
   */
  tagName(source, onError) {
    if (source === "!")
      return "!";
    if (source[0] !== "!") {
      onError(`Not a valid tag: ${source}`);
      return null;
    }
    if (source[1] === "<") {
      const verbatim = source.slice(2, -1);
      if (verbatim === "!" || verbatim === "!!") {
        onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
        return null;
      }
      if (source[source.length - 1] !== ">")
        onError("Verbatim tags must end with a >");
      return verbatim;
    }
    const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
    if (!suffix)
      onError(`The ${source} tag has no suffix`);
    const prefix = this.tags[handle];
    if (prefix) {
      try {
        return prefix + decodeURIComponent(suffix);
      } catch (error) {
        onError(String(error));
        return null;
      }
    }
    if (handle === "!")
      return source;
    onError(`Could not resolve tag: ${source}`);
    return null;
  }
  /**
   * Given a fully resolved tag, returns its printable string form,
   * taking into account current tag prefixes and defaults.
   */
  tagString(tag) {
    for (const [handle, prefix] of Object.entries(this.tags)) {
      if (tag.startsWith(prefix))
        return handle + escapeTagName(tag.substring(prefix.length));
    }
    return tag[0] === "!" ? tag : `!<${tag}>`;
  }
  toString(doc) {
    const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
    const tagEntries = Object.entries(this.tags);
    let tagNames;
    if (doc && tagEntries.length > 0 && isNode(doc.contents)) {
      const tags = {};
      visit2(doc.contents, (_key, node) => {
        if (isNode(node) && node.tag)
          tags[node.tag] = true;
      });
      tagNames = Object.keys(tags);
    } else
      tagNames = [];
    for (const [handle, prefix] of tagEntries) {
      if (handle === "!!" && prefix === "tag:yaml.org,2002:")
        continue;
      if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
        lines.push(`%TAG ${handle} ${prefix}`);
    }
    return lines.join("\n");
  }
};
Directives.defaultYaml = { explicit: false, version: "1.2" };
Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };

// node_modules/yaml/browser/dist/doc/anchors.js
function anchorIsValid(anchor) {
  if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
    const sa = JSON.stringify(anchor);
    const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
    throw new Error(msg);
  }
  return true;
}
function anchorNames(root) {
  const anchors = /* @__PURE__ */ new Set();
  visit2(root, {
    Value(_key, node) {
      if (node.anchor)
        anchors.add(node.anchor);
    }
  });
  return anchors;
}
function findNewAnchor(prefix, exclude) {
  for (let i = 1; true; ++i) {
    const name = `${prefix}${i}`;
    if (!exclude.has(name))
      return name;
  }
}
function createNodeAnchors(doc, prefix) {
  const aliasObjects = [];
  const sourceObjects = /* @__PURE__ */ new Map();
  let prevAnchors = null;
  return {
    onAnchor: (source) => {
      aliasObjects.push(source);
      prevAnchors ?? (prevAnchors = anchorNames(doc));
      const anchor = findNewAnchor(prefix, prevAnchors);
      prevAnchors.add(anchor);
      return anchor;
    },
    /**
     * With circular references, the source node is only resolved after all
     * of its child nodes are. This is why anchors are set only after all of
     * the nodes have been created.
     */
    setAnchors: () => {
      for (const source of aliasObjects) {
        const ref = sourceObjects.get(source);
        if (typeof ref === "object" && ref.anchor && (isScalar(ref.node) || isCollection(ref.node))) {
          ref.node.anchor = ref.anchor;
        } else {
          const error = new Error("Failed to resolve repeated object (this should not happen)");
          error.source = source;
          throw error;
        }
      }
    },
    sourceObjects
  };
}

// node_modules/yaml/browser/dist/doc/applyReviver.js
function applyReviver(reviver, obj, key, val) {
  if (val && typeof val === "object") {
    if (Array.isArray(val)) {
      for (let i = 0, len = val.length; i < len; ++i) {
        const v0 = val[i];
        const v1 = applyReviver(reviver, val, String(i), v0);
        if (v1 === void 0)
          delete val[i];
        else if (v1 !== v0)
          val[i] = v1;
      }
    } else if (val instanceof Map) {
      for (const k of Array.from(val.keys())) {
        const v0 = val.get(k);
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          val.delete(k);
        else if (v1 !== v0)
          val.set(k, v1);
      }
    } else if (val instanceof Set) {
      for (const v0 of Array.from(val)) {
        const v1 = applyReviver(reviver, val, v0, v0);
        if (v1 === void 0)
          val.delete(v0);
        else if (v1 !== v0) {
          val.delete(v0);
          val.add(v1);
        }
      }
    } else {
      for (const [k, v0] of Object.entries(val)) {
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          delete val[k];
        else if (v1 !== v0)
          val[k] = v1;
      }
    }
  }
  return reviver.call(obj, key, val);
}

// node_modules/yaml/browser/dist/nodes/toJS.js
function toJS(value, arg, ctx) {
  if (Array.isArray(value))
    return value.map((v, i) => toJS(v, String(i), ctx));
  if (value && typeof value.toJSON === "function") {
    if (!ctx || !hasAnchor(value))
      return value.toJSON(arg, ctx);
    const data = { aliasCount: 0, count: 1, res: void 0 };
    ctx.anchors.set(value, data);
    ctx.onCreate = (res2) => {
      data.res = res2;
      delete ctx.onCreate;
    };
    const res = value.toJSON(arg, ctx);
    if (ctx.onCreate)
      ctx.onCreate(res);
    return res;
  }
  if (typeof value === "bigint" && !ctx?.keep)
    return Number(value);
  return value;
}

// node_modules/yaml/browser/dist/nodes/Node.js
var NodeBase = class {
  constructor(type) {
    Object.defineProperty(this, NODE_TYPE, { value: type });
  }
  /** Create a copy of this node.  */
  clone() {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** A plain JavaScript representation of this node. */
  toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    if (!isDocument(doc))
      throw new TypeError("A document argument is required");
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc,
      keep: true,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this, "", ctx);
    if (typeof onAnchor === "function")
      for (const { count: count2, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count2);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
};

// node_modules/yaml/browser/dist/nodes/Alias.js
var Alias = class extends NodeBase {
  constructor(source) {
    super(ALIAS);
    this.source = source;
    Object.defineProperty(this, "tag", {
      set() {
        throw new Error("Alias nodes cannot have tags");
      }
    });
  }
  /**
   * Resolve the value of this alias within `doc`, finding the last
   * instance of the `source` anchor before this node.
   */
  resolve(doc, ctx) {
    if (ctx?.maxAliasCount === 0)
      throw new ReferenceError("Alias resolution is disabled");
    let nodes;
    if (ctx?.aliasResolveCache) {
      nodes = ctx.aliasResolveCache;
    } else {
      nodes = [];
      visit2(doc, {
        Node: (_key, node) => {
          if (isAlias(node) || hasAnchor(node))
            nodes.push(node);
        }
      });
      if (ctx)
        ctx.aliasResolveCache = nodes;
    }
    let found = void 0;
    for (const node of nodes) {
      if (node === this)
        break;
      if (node.anchor === this.source)
        found = node;
    }
    if (found && ctx) {
      const { anchors, doc: doc2, maxAliasCount } = ctx;
      let data = anchors.get(found);
      if (!data) {
        toJS(found, null, ctx);
        data = anchors.get(found);
      }
      if (data?.res === void 0) {
        const msg = "This should not happen: Alias anchor was not resolved?";
        throw new ReferenceError(msg);
      }
      if (maxAliasCount >= 0) {
        data.count += 1;
        if (data.aliasCount === 0)
          data.aliasCount = getAliasCount(doc2, found, anchors);
        if (data.count * data.aliasCount > maxAliasCount) {
          const msg = "Excessive alias count indicates a resource exhaustion attack";
          throw new ReferenceError(msg);
        }
      }
    }
    return found;
  }
  toJSON(_arg, ctx) {
    if (!ctx)
      return { source: this.source };
    const source = this.resolve(ctx.doc, ctx);
    if (!source) {
      const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
      throw new ReferenceError(msg);
    }
    return ctx.anchors.get(source).res;
  }
  toString(ctx, _onComment, _onChompKeep) {
    const src = `*${this.source}`;
    if (ctx) {
      anchorIsValid(this.source);
      if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
        const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
        throw new Error(msg);
      }
      if (ctx.implicitKey)
        return `${src} `;
    }
    return src;
  }
};
function getAliasCount(doc, node, anchors) {
  if (isAlias(node)) {
    const source = node.resolve(doc);
    const anchor = anchors && source && anchors.get(source);
    return anchor ? anchor.count * anchor.aliasCount : 0;
  } else if (isCollection(node)) {
    let count2 = 0;
    for (const item of node.items) {
      const c = getAliasCount(doc, item, anchors);
      if (c > count2)
        count2 = c;
    }
    return count2;
  } else if (isPair(node)) {
    const kc = getAliasCount(doc, node.key, anchors);
    const vc = getAliasCount(doc, node.value, anchors);
    return Math.max(kc, vc);
  }
  return 1;
}

// node_modules/yaml/browser/dist/nodes/Scalar.js
var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
var Scalar = class extends NodeBase {
  constructor(value) {
    super(SCALAR);
    this.value = value;
  }
  toJSON(arg, ctx) {
    return ctx?.keep ? this.value : toJS(this.value, arg, ctx);
  }
  toString() {
    return String(this.value);
  }
};
Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
Scalar.PLAIN = "PLAIN";
Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";

// node_modules/yaml/browser/dist/doc/createNode.js
var defaultTagPrefix = "tag:yaml.org,2002:";
function findTagObject(value, tagName, tags) {
  if (tagName) {
    const match = tags.filter((t) => t.tag === tagName);
    const tagObj = match.find((t) => !t.format) ?? match[0];
    if (!tagObj)
      throw new Error(`Tag ${tagName} not found`);
    return tagObj;
  }
  return tags.find((t) => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
  if (isDocument(value))
    value = value.contents;
  if (isNode(value))
    return value;
  if (isPair(value)) {
    const map2 = ctx.schema[MAP].createNode?.(ctx.schema, null, ctx);
    map2.items.push(value);
    return map2;
  }
  if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
    value = value.valueOf();
  }
  const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema4, sourceObjects } = ctx;
  let ref = void 0;
  if (aliasDuplicateObjects && value && typeof value === "object") {
    ref = sourceObjects.get(value);
    if (ref) {
      ref.anchor ?? (ref.anchor = onAnchor(value));
      return new Alias(ref.anchor);
    } else {
      ref = { anchor: null, node: null };
      sourceObjects.set(value, ref);
    }
  }
  if (tagName?.startsWith("!!"))
    tagName = defaultTagPrefix + tagName.slice(2);
  let tagObj = findTagObject(value, tagName, schema4.tags);
  if (!tagObj) {
    if (value && typeof value.toJSON === "function") {
      value = value.toJSON();
    }
    if (!value || typeof value !== "object") {
      const node2 = new Scalar(value);
      if (ref)
        ref.node = node2;
      return node2;
    }
    tagObj = value instanceof Map ? schema4[MAP] : Symbol.iterator in Object(value) ? schema4[SEQ] : schema4[MAP];
  }
  if (onTagObj) {
    onTagObj(tagObj);
    delete ctx.onTagObj;
  }
  const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar(value);
  if (tagName)
    node.tag = tagName;
  else if (!tagObj.default)
    node.tag = tagObj.tag;
  if (ref)
    ref.node = node;
  return node;
}

// node_modules/yaml/browser/dist/nodes/Collection.js
function collectionFromPath(schema4, path, value) {
  let v = value;
  for (let i = path.length - 1; i >= 0; --i) {
    const k = path[i];
    if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
      const a = [];
      a[k] = v;
      v = a;
    } else {
      v = /* @__PURE__ */ new Map([[k, v]]);
    }
  }
  return createNode(v, void 0, {
    aliasDuplicateObjects: false,
    keepUndefined: false,
    onAnchor: () => {
      throw new Error("This should not happen, please report a bug.");
    },
    schema: schema4,
    sourceObjects: /* @__PURE__ */ new Map()
  });
}
var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
var Collection = class extends NodeBase {
  constructor(type, schema4) {
    super(type);
    Object.defineProperty(this, "schema", {
      value: schema4,
      configurable: true,
      enumerable: false,
      writable: true
    });
  }
  /**
   * Create a copy of this collection.
   *
   * @param schema - If defined, overwrites the original's schema
   */
  clone(schema4) {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (schema4)
      copy.schema = schema4;
    copy.items = copy.items.map((it) => isNode(it) || isPair(it) ? it.clone(schema4) : it);
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /**
   * Adds a value to the collection. For `!!map` and `!!omap` the value must
   * be a Pair instance or a `{ key, value }` object, which may not have a key
   * that already exists in the map.
   */
  addIn(path, value) {
    if (isEmptyPath(path))
      this.add(value);
    else {
      const [key, ...rest] = path;
      const node = this.get(key, true);
      if (isCollection(node))
        node.addIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
  /**
   * Removes a value from the collection.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path) {
    const [key, ...rest] = path;
    if (rest.length === 0)
      return this.delete(key);
    const node = this.get(key, true);
    if (isCollection(node))
      return node.deleteIn(rest);
    else
      throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    const [key, ...rest] = path;
    const node = this.get(key, true);
    if (rest.length === 0)
      return !keepScalar && isScalar(node) ? node.value : node;
    else
      return isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
  }
  hasAllNullValues(allowScalar) {
    return this.items.every((node) => {
      if (!isPair(node))
        return false;
      const n = node.value;
      return n == null || allowScalar && isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
    });
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   */
  hasIn(path) {
    const [key, ...rest] = path;
    if (rest.length === 0)
      return this.has(key);
    const node = this.get(key, true);
    return isCollection(node) ? node.hasIn(rest) : false;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    const [key, ...rest] = path;
    if (rest.length === 0) {
      this.set(key, value);
    } else {
      const node = this.get(key, true);
      if (isCollection(node))
        node.setIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyComment.js
var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
function indentComment(comment, indent) {
  if (/^\n+$/.test(comment))
    return comment.substring(1);
  return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;

// node_modules/yaml/browser/dist/stringify/foldFlowLines.js
var FOLD_FLOW = "flow";
var FOLD_BLOCK = "block";
var FOLD_QUOTED = "quoted";
function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
  if (!lineWidth || lineWidth < 0)
    return text;
  if (lineWidth < minContentWidth)
    minContentWidth = 0;
  const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
  if (text.length <= endStep)
    return text;
  const folds = [];
  const escapedFolds = {};
  let end = lineWidth - indent.length;
  if (typeof indentAtStart === "number") {
    if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
      folds.push(0);
    else
      end = lineWidth - indentAtStart;
  }
  let split = void 0;
  let prev = void 0;
  let overflow = false;
  let i = -1;
  let escStart = -1;
  let escEnd = -1;
  if (mode === FOLD_BLOCK) {
    i = consumeMoreIndentedLines(text, i, indent.length);
    if (i !== -1)
      end = i + endStep;
  }
  for (let ch; ch = text[i += 1]; ) {
    if (mode === FOLD_QUOTED && ch === "\\") {
      escStart = i;
      switch (text[i + 1]) {
        case "x":
          i += 3;
          break;
        case "u":
          i += 5;
          break;
        case "U":
          i += 9;
          break;
        default:
          i += 1;
      }
      escEnd = i;
    }
    if (ch === "\n") {
      if (mode === FOLD_BLOCK)
        i = consumeMoreIndentedLines(text, i, indent.length);
      end = i + indent.length + endStep;
      split = void 0;
    } else {
      if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
        const next = text[i + 1];
        if (next && next !== " " && next !== "\n" && next !== "	")
          split = i;
      }
      if (i >= end) {
        if (split) {
          folds.push(split);
          end = split + endStep;
          split = void 0;
        } else if (mode === FOLD_QUOTED) {
          while (prev === " " || prev === "	") {
            prev = ch;
            ch = text[i += 1];
            overflow = true;
          }
          const j = i > escEnd + 1 ? i - 2 : escStart - 1;
          if (escapedFolds[j])
            return text;
          folds.push(j);
          escapedFolds[j] = true;
          end = j + endStep;
          split = void 0;
        } else {
          overflow = true;
        }
      }
    }
    prev = ch;
  }
  if (overflow && onOverflow)
    onOverflow();
  if (folds.length === 0)
    return text;
  if (onFold)
    onFold();
  let res = text.slice(0, folds[0]);
  for (let i2 = 0; i2 < folds.length; ++i2) {
    const fold = folds[i2];
    const end2 = folds[i2 + 1] || text.length;
    if (fold === 0)
      res = `
${indent}${text.slice(0, end2)}`;
    else {
      if (mode === FOLD_QUOTED && escapedFolds[fold])
        res += `${text[fold]}\\`;
      res += `
${indent}${text.slice(fold + 1, end2)}`;
    }
  }
  return res;
}
function consumeMoreIndentedLines(text, i, indent) {
  let end = i;
  let start = i + 1;
  let ch = text[start];
  while (ch === " " || ch === "	") {
    if (i < start + indent) {
      ch = text[++i];
    } else {
      do {
        ch = text[++i];
      } while (ch && ch !== "\n");
      end = i;
      start = i + 1;
      ch = text[start];
    }
  }
  return end;
}

// node_modules/yaml/browser/dist/stringify/stringifyString.js
var getFoldOptions = (ctx, isBlock2) => ({
  indentAtStart: isBlock2 ? ctx.indent.length : ctx.indentAtStart,
  lineWidth: ctx.options.lineWidth,
  minContentWidth: ctx.options.minContentWidth
});
var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
  if (!lineWidth || lineWidth < 0)
    return false;
  const limit = lineWidth - indentLength;
  const strLen = str.length;
  if (strLen <= limit)
    return false;
  for (let i = 0, start = 0; i < strLen; ++i) {
    if (str[i] === "\n") {
      if (i - start > limit)
        return true;
      start = i + 1;
      if (strLen - start <= limit)
        return false;
    }
  }
  return true;
}
function doubleQuotedString(value, ctx) {
  const json = JSON.stringify(value);
  if (ctx.options.doubleQuotedAsJSON)
    return json;
  const { implicitKey } = ctx;
  const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  let str = "";
  let start = 0;
  for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
    if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
      str += json.slice(start, i) + "\\ ";
      i += 1;
      start = i;
      ch = "\\";
    }
    if (ch === "\\")
      switch (json[i + 1]) {
        case "u":
          {
            str += json.slice(start, i);
            const code = json.substr(i + 2, 4);
            switch (code) {
              case "0000":
                str += "\\0";
                break;
              case "0007":
                str += "\\a";
                break;
              case "000b":
                str += "\\v";
                break;
              case "001b":
                str += "\\e";
                break;
              case "0085":
                str += "\\N";
                break;
              case "00a0":
                str += "\\_";
                break;
              case "2028":
                str += "\\L";
                break;
              case "2029":
                str += "\\P";
                break;
              default:
                if (code.substr(0, 2) === "00")
                  str += "\\x" + code.substr(2);
                else
                  str += json.substr(i, 6);
            }
            i += 5;
            start = i + 1;
          }
          break;
        case "n":
          if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
            i += 1;
          } else {
            str += json.slice(start, i) + "\n\n";
            while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
              str += "\n";
              i += 2;
            }
            str += indent;
            if (json[i + 2] === " ")
              str += "\\";
            i += 1;
            start = i + 1;
          }
          break;
        default:
          i += 1;
      }
  }
  str = start ? str + json.slice(start) : json;
  return implicitKey ? str : foldFlowLines(str, indent, FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
  if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
    return doubleQuotedString(value, ctx);
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
  return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
  const { singleQuote } = ctx.options;
  let qs;
  if (singleQuote === false)
    qs = doubleQuotedString;
  else {
    const hasDouble = value.includes('"');
    const hasSingle = value.includes("'");
    if (hasDouble && !hasSingle)
      qs = singleQuotedString;
    else if (hasSingle && !hasDouble)
      qs = doubleQuotedString;
    else
      qs = singleQuote ? singleQuotedString : doubleQuotedString;
  }
  return qs(value, ctx);
}
var blockEndNewlines;
try {
  blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
} catch {
  blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
  const { blockQuote, commentString, lineWidth } = ctx.options;
  if (!blockQuote || /\n[\t ]+$/.test(value)) {
    return quotedString(value, ctx);
  }
  const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
  const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.BLOCK_FOLDED ? false : type === Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
  if (!value)
    return literal ? "|\n" : ">\n";
  let chomp;
  let endStart;
  for (endStart = value.length; endStart > 0; --endStart) {
    const ch = value[endStart - 1];
    if (ch !== "\n" && ch !== "	" && ch !== " ")
      break;
  }
  let end = value.substring(endStart);
  const endNlPos = end.indexOf("\n");
  if (endNlPos === -1) {
    chomp = "-";
  } else if (value === end || endNlPos !== end.length - 1) {
    chomp = "+";
    if (onChompKeep)
      onChompKeep();
  } else {
    chomp = "";
  }
  if (end) {
    value = value.slice(0, -end.length);
    if (end[end.length - 1] === "\n")
      end = end.slice(0, -1);
    end = end.replace(blockEndNewlines, `$&${indent}`);
  }
  let startWithSpace = false;
  let startEnd;
  let startNlPos = -1;
  for (startEnd = 0; startEnd < value.length; ++startEnd) {
    const ch = value[startEnd];
    if (ch === " ")
      startWithSpace = true;
    else if (ch === "\n")
      startNlPos = startEnd;
    else
      break;
  }
  let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
  if (start) {
    value = value.substring(start.length);
    start = start.replace(/\n+/g, `$&${indent}`);
  }
  const indentSize = indent ? "2" : "1";
  let header = (startWithSpace ? indentSize : "") + chomp;
  if (comment) {
    header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
    if (onComment)
      onComment();
  }
  if (!literal) {
    const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
    let literalFallback = false;
    const foldOptions = getFoldOptions(ctx, true);
    if (blockQuote !== "folded" && type !== Scalar.BLOCK_FOLDED) {
      foldOptions.onOverflow = () => {
        literalFallback = true;
      };
    }
    const body = foldFlowLines(`${start}${foldedValue}${end}`, indent, FOLD_BLOCK, foldOptions);
    if (!literalFallback)
      return `>${header}
${indent}${body}`;
  }
  value = value.replace(/\n+/g, `$&${indent}`);
  return `|${header}
${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
  const { type, value } = item;
  const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
  if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
    return quotedString(value, ctx);
  }
  if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
    return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
  }
  if (!implicitKey && !inFlow && type !== Scalar.PLAIN && value.includes("\n")) {
    return blockString(item, ctx, onComment, onChompKeep);
  }
  if (containsDocumentMarker(value)) {
    if (indent === "") {
      ctx.forceBlockIndent = true;
      return blockString(item, ctx, onComment, onChompKeep);
    } else if (implicitKey && indent === indentStep) {
      return quotedString(value, ctx);
    }
  }
  const str = value.replace(/\n+/g, `$&
${indent}`);
  if (actualString) {
    const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
    const { compat, tags } = ctx.doc.schema;
    if (tags.some(test) || compat?.some(test))
      return quotedString(value, ctx);
  }
  return implicitKey ? str : foldFlowLines(str, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
  const { implicitKey, inFlow } = ctx;
  const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
  let { type } = item;
  if (type !== Scalar.QUOTE_DOUBLE) {
    if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
      type = Scalar.QUOTE_DOUBLE;
  }
  const _stringify = (_type) => {
    switch (_type) {
      case Scalar.BLOCK_FOLDED:
      case Scalar.BLOCK_LITERAL:
        return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
      case Scalar.QUOTE_DOUBLE:
        return doubleQuotedString(ss.value, ctx);
      case Scalar.QUOTE_SINGLE:
        return singleQuotedString(ss.value, ctx);
      case Scalar.PLAIN:
        return plainString(ss, ctx, onComment, onChompKeep);
      default:
        return null;
    }
  };
  let res = _stringify(type);
  if (res === null) {
    const { defaultKeyType, defaultStringType } = ctx.options;
    const t = implicitKey && defaultKeyType || defaultStringType;
    res = _stringify(t);
    if (res === null)
      throw new Error(`Unsupported default string type ${t}`);
  }
  return res;
}

// node_modules/yaml/browser/dist/stringify/stringify.js
function createStringifyContext(doc, options) {
  const opt = Object.assign({
    blockQuote: true,
    commentString: stringifyComment,
    defaultKeyType: null,
    defaultStringType: "PLAIN",
    directives: null,
    doubleQuotedAsJSON: false,
    doubleQuotedMinMultiLineLength: 40,
    falseStr: "false",
    flowCollectionPadding: true,
    indentSeq: true,
    lineWidth: 80,
    minContentWidth: 20,
    nullStr: "null",
    simpleKeys: false,
    singleQuote: null,
    trailingComma: false,
    trueStr: "true",
    verifyAliasOrder: true
  }, doc.schema.toStringOptions, options);
  let inFlow;
  switch (opt.collectionStyle) {
    case "block":
      inFlow = false;
      break;
    case "flow":
      inFlow = true;
      break;
    default:
      inFlow = null;
  }
  return {
    anchors: /* @__PURE__ */ new Set(),
    doc,
    flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
    indent: "",
    indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
    inFlow,
    options: opt
  };
}
function getTagObject(tags, item) {
  if (item.tag) {
    const match = tags.filter((t) => t.tag === item.tag);
    if (match.length > 0)
      return match.find((t) => t.format === item.format) ?? match[0];
  }
  let tagObj = void 0;
  let obj;
  if (isScalar(item)) {
    obj = item.value;
    let match = tags.filter((t) => t.identify?.(obj));
    if (match.length > 1) {
      const testMatch = match.filter((t) => t.test);
      if (testMatch.length > 0)
        match = testMatch;
    }
    tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
  } else {
    obj = item;
    tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
  }
  if (!tagObj) {
    const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
    throw new Error(`Tag not resolved for ${name} value`);
  }
  return tagObj;
}
function stringifyProps(node, tagObj, { anchors, doc }) {
  if (!doc.directives)
    return "";
  const props = [];
  const anchor = (isScalar(node) || isCollection(node)) && node.anchor;
  if (anchor && anchorIsValid(anchor)) {
    anchors.add(anchor);
    props.push(`&${anchor}`);
  }
  const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
  if (tag)
    props.push(doc.directives.tagString(tag));
  return props.join(" ");
}
function stringify(item, ctx, onComment, onChompKeep) {
  if (isPair(item))
    return item.toString(ctx, onComment, onChompKeep);
  if (isAlias(item)) {
    if (ctx.doc.directives)
      return item.toString(ctx);
    if (ctx.resolvedAliases?.has(item)) {
      throw new TypeError(`Cannot stringify circular structure without alias nodes`);
    } else {
      if (ctx.resolvedAliases)
        ctx.resolvedAliases.add(item);
      else
        ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
      item = item.resolve(ctx.doc);
    }
  }
  let tagObj = void 0;
  const node = isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
  tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
  const props = stringifyProps(node, tagObj, ctx);
  if (props.length > 0)
    ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
  const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : isScalar(node) ? stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
  if (!props)
    return str;
  return isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
}

// node_modules/yaml/browser/dist/stringify/stringifyPair.js
function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
  const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
  let keyComment = isNode(key) && key.comment || null;
  if (simpleKeys) {
    if (keyComment) {
      throw new Error("With simple keys, key nodes cannot have comments");
    }
    if (isCollection(key) || !isNode(key) && typeof key === "object") {
      const msg = "With simple keys, collection cannot be used as a key value";
      throw new Error(msg);
    }
  }
  let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || isCollection(key) || (isScalar(key) ? key.type === Scalar.BLOCK_FOLDED || key.type === Scalar.BLOCK_LITERAL : typeof key === "object"));
  ctx = Object.assign({}, ctx, {
    allNullValues: false,
    implicitKey: !explicitKey && (simpleKeys || !allNullValues),
    indent: indent + indentStep
  });
  let keyCommentDone = false;
  let chompKeep = false;
  let str = stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
  if (!explicitKey && !ctx.inFlow && str.length > 1024) {
    if (simpleKeys)
      throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
    explicitKey = true;
  }
  if (ctx.inFlow) {
    if (allNullValues || value == null) {
      if (keyCommentDone && onComment)
        onComment();
      return str === "" ? "?" : explicitKey ? `? ${str}` : str;
    }
  } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
    str = `? ${str}`;
    if (keyComment && !keyCommentDone) {
      str += lineComment(str, ctx.indent, commentString(keyComment));
    } else if (chompKeep && onChompKeep)
      onChompKeep();
    return str;
  }
  if (keyCommentDone)
    keyComment = null;
  if (explicitKey) {
    if (keyComment)
      str += lineComment(str, ctx.indent, commentString(keyComment));
    str = `? ${str}
${indent}:`;
  } else {
    str = `${str}:`;
    if (keyComment)
      str += lineComment(str, ctx.indent, commentString(keyComment));
  }
  let vsb, vcb, valueComment;
  if (isNode(value)) {
    vsb = !!value.spaceBefore;
    vcb = value.commentBefore;
    valueComment = value.comment;
  } else {
    vsb = false;
    vcb = null;
    valueComment = null;
    if (value && typeof value === "object")
      value = doc.createNode(value);
  }
  ctx.implicitKey = false;
  if (!explicitKey && !keyComment && isScalar(value))
    ctx.indentAtStart = str.length + 1;
  chompKeep = false;
  if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && isSeq(value) && !value.flow && !value.tag && !value.anchor) {
    ctx.indent = ctx.indent.substring(2);
  }
  let valueCommentDone = false;
  const valueStr = stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
  let ws = " ";
  if (keyComment || vsb || vcb) {
    ws = vsb ? "\n" : "";
    if (vcb) {
      const cs = commentString(vcb);
      ws += `
${indentComment(cs, ctx.indent)}`;
    }
    if (valueStr === "" && !ctx.inFlow) {
      if (ws === "\n" && valueComment)
        ws = "\n\n";
    } else {
      ws += `
${ctx.indent}`;
    }
  } else if (!explicitKey && isCollection(value)) {
    const vs0 = valueStr[0];
    const nl0 = valueStr.indexOf("\n");
    const hasNewline = nl0 !== -1;
    const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
    if (hasNewline || !flow) {
      let hasPropsLine = false;
      if (hasNewline && (vs0 === "&" || vs0 === "!")) {
        let sp0 = valueStr.indexOf(" ");
        if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
          sp0 = valueStr.indexOf(" ", sp0 + 1);
        }
        if (sp0 === -1 || nl0 < sp0)
          hasPropsLine = true;
      }
      if (!hasPropsLine)
        ws = `
${ctx.indent}`;
    }
  } else if (valueStr === "" || valueStr[0] === "\n") {
    ws = "";
  }
  str += ws + valueStr;
  if (ctx.inFlow) {
    if (valueCommentDone && onComment)
      onComment();
  } else if (valueComment && !valueCommentDone) {
    str += lineComment(str, ctx.indent, commentString(valueComment));
  } else if (chompKeep && onChompKeep) {
    onChompKeep();
  }
  return str;
}

// node_modules/yaml/browser/dist/log.js
function warn(logLevel, warning) {
  if (logLevel === "debug" || logLevel === "warn") {
    console.warn(warning);
  }
}

// node_modules/yaml/browser/dist/schema/yaml-1.1/merge.js
var MERGE_KEY = "<<";
var merge = {
  identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
  default: "key",
  tag: "tag:yaml.org,2002:merge",
  test: /^<<$/,
  resolve: () => Object.assign(new Scalar(Symbol(MERGE_KEY)), {
    addToJSMap: addMergeToJSMap
  }),
  stringify: () => MERGE_KEY
};
var isMergeKey = (ctx, key) => (merge.identify(key) || isScalar(key) && (!key.type || key.type === Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (isSeq(source))
    for (const it of source.items)
      mergeValue(ctx, map2, it);
  else if (Array.isArray(source))
    for (const it of source)
      mergeValue(ctx, map2, it);
  else
    mergeValue(ctx, map2, source);
}
function mergeValue(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (!isMap(source))
    throw new Error("Merge sources must be maps or map aliases");
  const srcMap = source.toJSON(null, ctx, Map);
  for (const [key, value2] of srcMap) {
    if (map2 instanceof Map) {
      if (!map2.has(key))
        map2.set(key, value2);
    } else if (map2 instanceof Set) {
      map2.add(key);
    } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
      Object.defineProperty(map2, key, {
        value: value2,
        writable: true,
        enumerable: true,
        configurable: true
      });
    }
  }
  return map2;
}
function resolveAliasValue(ctx, value) {
  return ctx && isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

// node_modules/yaml/browser/dist/nodes/addPairToJSMap.js
function addPairToJSMap(ctx, map2, { key, value }) {
  if (isNode(key) && key.addToJSMap)
    key.addToJSMap(ctx, map2, value);
  else if (isMergeKey(ctx, key))
    addMergeToJSMap(ctx, map2, value);
  else {
    const jsKey = toJS(key, "", ctx);
    if (map2 instanceof Map) {
      map2.set(jsKey, toJS(value, jsKey, ctx));
    } else if (map2 instanceof Set) {
      map2.add(jsKey);
    } else {
      const stringKey = stringifyKey(key, jsKey, ctx);
      const jsValue = toJS(value, stringKey, ctx);
      if (stringKey in map2)
        Object.defineProperty(map2, stringKey, {
          value: jsValue,
          writable: true,
          enumerable: true,
          configurable: true
        });
      else
        map2[stringKey] = jsValue;
    }
  }
  return map2;
}
function stringifyKey(key, jsKey, ctx) {
  if (jsKey === null)
    return "";
  if (typeof jsKey !== "object")
    return String(jsKey);
  if (isNode(key) && ctx?.doc) {
    const strCtx = createStringifyContext(ctx.doc, {});
    strCtx.anchors = /* @__PURE__ */ new Set();
    for (const node of ctx.anchors.keys())
      strCtx.anchors.add(node.anchor);
    strCtx.inFlow = true;
    strCtx.inStringifyKey = true;
    const strKey = key.toString(strCtx);
    if (!ctx.mapKeyWarned) {
      let jsonStr = JSON.stringify(strKey);
      if (jsonStr.length > 40)
        jsonStr = jsonStr.substring(0, 36) + '..."';
      warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
      ctx.mapKeyWarned = true;
    }
    return strKey;
  }
  return JSON.stringify(jsKey);
}

// node_modules/yaml/browser/dist/nodes/Pair.js
function createPair(key, value, ctx) {
  const k = createNode(key, void 0, ctx);
  const v = createNode(value, void 0, ctx);
  return new Pair(k, v);
}
var Pair = class _Pair {
  constructor(key, value = null) {
    Object.defineProperty(this, NODE_TYPE, { value: PAIR });
    this.key = key;
    this.value = value;
  }
  clone(schema4) {
    let { key, value } = this;
    if (isNode(key))
      key = key.clone(schema4);
    if (isNode(value))
      value = value.clone(schema4);
    return new _Pair(key, value);
  }
  toJSON(_, ctx) {
    const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    return addPairToJSMap(ctx, pair, this);
  }
  toString(ctx, onComment, onChompKeep) {
    return ctx?.doc ? stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyCollection.js
function stringifyCollection(collection, ctx, options) {
  const flow = ctx.inFlow ?? collection.flow;
  const stringify4 = flow ? stringifyFlowCollection : stringifyBlockCollection;
  return stringify4(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
  const { indent, options: { commentString } } = ctx;
  const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
  let chompKeep = false;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment2 = null;
    if (isNode(item)) {
      if (!chompKeep && item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
      if (item.comment)
        comment2 = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (!chompKeep && ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
      }
    }
    chompKeep = false;
    let str2 = stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
    if (comment2)
      str2 += lineComment(str2, itemIndent, commentString(comment2));
    if (chompKeep && comment2)
      chompKeep = false;
    lines.push(blockItemPrefix + str2);
  }
  let str;
  if (lines.length === 0) {
    str = flowChars.start + flowChars.end;
  } else {
    str = lines[0];
    for (let i = 1; i < lines.length; ++i) {
      const line = lines[i];
      str += line ? `
${indent}${line}` : "\n";
    }
  }
  if (comment) {
    str += "\n" + indentComment(commentString(comment), indent);
    if (onComment)
      onComment();
  } else if (chompKeep && onChompKeep)
    onChompKeep();
  return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
  const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
  itemIndent += indentStep;
  const itemCtx = Object.assign({}, ctx, {
    indent: itemIndent,
    inFlow: true,
    type: null
  });
  let reqNewline = false;
  let linesAtValue = 0;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment = null;
    if (isNode(item)) {
      if (item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, false);
      if (item.comment)
        comment = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, false);
        if (ik.comment)
          reqNewline = true;
      }
      const iv = isNode(item.value) ? item.value : null;
      if (iv) {
        if (iv.comment)
          comment = iv.comment;
        if (iv.commentBefore)
          reqNewline = true;
      } else if (item.value == null && ik?.comment) {
        comment = ik.comment;
      }
    }
    if (comment)
      reqNewline = true;
    let str = stringify(item, itemCtx, () => comment = null);
    reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
    if (i < items.length - 1) {
      str += ",";
    } else if (ctx.options.trailingComma) {
      if (ctx.options.lineWidth > 0) {
        reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
      }
      if (reqNewline) {
        str += ",";
      }
    }
    if (comment)
      str += lineComment(str, itemIndent, commentString(comment));
    lines.push(str);
    linesAtValue = lines.length;
  }
  const { start, end } = flowChars;
  if (lines.length === 0) {
    return start + end;
  } else {
    if (!reqNewline) {
      const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
      reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
    }
    if (reqNewline) {
      let str = start;
      for (const line of lines)
        str += line ? `
${indentStep}${indent}${line}` : "\n";
      return `${str}
${indent}${end}`;
    } else {
      return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
  }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
  if (comment && chompKeep)
    comment = comment.replace(/^\n+/, "");
  if (comment) {
    const ic = indentComment(commentString(comment), indent);
    lines.push(ic.trimStart());
  }
}

// node_modules/yaml/browser/dist/nodes/YAMLMap.js
function findPair(items, key) {
  const k = isScalar(key) ? key.value : key;
  for (const it of items) {
    if (isPair(it)) {
      if (it.key === key || it.key === k)
        return it;
      if (isScalar(it.key) && it.key.value === k)
        return it;
    }
  }
  return void 0;
}
var YAMLMap = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:map";
  }
  constructor(schema4) {
    super(MAP, schema4);
    this.items = [];
  }
  /**
   * A generic collection parsing method that can be extended
   * to other node classes that inherit from YAMLMap
   */
  static from(schema4, obj, ctx) {
    const { keepUndefined, replacer } = ctx;
    const map2 = new this(schema4);
    const add2 = (key, value) => {
      if (typeof replacer === "function")
        value = replacer.call(obj, key, value);
      else if (Array.isArray(replacer) && !replacer.includes(key))
        return;
      if (value !== void 0 || keepUndefined)
        map2.items.push(createPair(key, value, ctx));
    };
    if (obj instanceof Map) {
      for (const [key, value] of obj)
        add2(key, value);
    } else if (obj && typeof obj === "object") {
      for (const key of Object.keys(obj))
        add2(key, obj[key]);
    }
    if (typeof schema4.sortMapEntries === "function") {
      map2.items.sort(schema4.sortMapEntries);
    }
    return map2;
  }
  /**
   * Adds a value to the collection.
   *
   * @param overwrite - If not set `true`, using a key that is already in the
   *   collection will throw. Otherwise, overwrites the previous value.
   */
  add(pair, overwrite) {
    let _pair;
    if (isPair(pair))
      _pair = pair;
    else if (!pair || typeof pair !== "object" || !("key" in pair)) {
      _pair = new Pair(pair, pair?.value);
    } else
      _pair = new Pair(pair.key, pair.value);
    const prev = findPair(this.items, _pair.key);
    const sortEntries = this.schema?.sortMapEntries;
    if (prev) {
      if (!overwrite)
        throw new Error(`Key ${_pair.key} already set`);
      if (isScalar(prev.value) && isScalarValue(_pair.value))
        prev.value.value = _pair.value;
      else
        prev.value = _pair.value;
    } else if (sortEntries) {
      const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
      if (i === -1)
        this.items.push(_pair);
      else
        this.items.splice(i, 0, _pair);
    } else {
      this.items.push(_pair);
    }
  }
  delete(key) {
    const it = findPair(this.items, key);
    if (!it)
      return false;
    const del = this.items.splice(this.items.indexOf(it), 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const it = findPair(this.items, key);
    const node = it?.value;
    return (!keepScalar && isScalar(node) ? node.value : node) ?? void 0;
  }
  has(key) {
    return !!findPair(this.items, key);
  }
  set(key, value) {
    this.add(new Pair(key, value), true);
  }
  /**
   * @param ctx - Conversion context, originally set in Document#toJS()
   * @param {Class} Type - If set, forces the returned collection type
   * @returns Instance of Type, Map, or Object
   */
  toJSON(_, ctx, Type) {
    const map2 = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const item of this.items)
      addPairToJSMap(ctx, map2, item);
    return map2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    for (const item of this.items) {
      if (!isPair(item))
        throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
    }
    if (!ctx.allNullValues && this.hasAllNullValues(false))
      ctx = Object.assign({}, ctx, { allNullValues: true });
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "",
      flowChars: { start: "{", end: "}" },
      itemIndent: ctx.indent || "",
      onChompKeep,
      onComment
    });
  }
};

// node_modules/yaml/browser/dist/schema/common/map.js
var map = {
  collection: "map",
  default: true,
  nodeClass: YAMLMap,
  tag: "tag:yaml.org,2002:map",
  resolve(map2, onError) {
    if (!isMap(map2))
      onError("Expected a mapping for this tag");
    return map2;
  },
  createNode: (schema4, obj, ctx) => YAMLMap.from(schema4, obj, ctx)
};

// node_modules/yaml/browser/dist/nodes/YAMLSeq.js
var YAMLSeq = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:seq";
  }
  constructor(schema4) {
    super(SEQ, schema4);
    this.items = [];
  }
  add(value) {
    this.items.push(value);
  }
  /**
   * Removes a value from the collection.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   *
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return false;
    const del = this.items.splice(idx, 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return void 0;
    const it = this.items[idx];
    return !keepScalar && isScalar(it) ? it.value : it;
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   */
  has(key) {
    const idx = asItemIndex(key);
    return typeof idx === "number" && idx < this.items.length;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   *
   * If `key` does not contain a representation of an integer, this will throw.
   * It may be wrapped in a `Scalar`.
   */
  set(key, value) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      throw new Error(`Expected a valid index, not ${key}.`);
    const prev = this.items[idx];
    if (isScalar(prev) && isScalarValue(value))
      prev.value = value;
    else
      this.items[idx] = value;
  }
  toJSON(_, ctx) {
    const seq2 = [];
    if (ctx?.onCreate)
      ctx.onCreate(seq2);
    let i = 0;
    for (const item of this.items)
      seq2.push(toJS(item, String(i++), ctx));
    return seq2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "- ",
      flowChars: { start: "[", end: "]" },
      itemIndent: (ctx.indent || "") + "  ",
      onChompKeep,
      onComment
    });
  }
  static from(schema4, obj, ctx) {
    const { replacer } = ctx;
    const seq2 = new this(schema4);
    if (obj && Symbol.iterator in Object(obj)) {
      let i = 0;
      for (let it of obj) {
        if (typeof replacer === "function") {
          const key = obj instanceof Set ? it : String(i++);
          it = replacer.call(obj, key, it);
        }
        seq2.items.push(createNode(it, void 0, ctx));
      }
    }
    return seq2;
  }
};
function asItemIndex(key) {
  let idx = isScalar(key) ? key.value : key;
  if (idx && typeof idx === "string")
    idx = Number(idx);
  return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
}

// node_modules/yaml/browser/dist/schema/common/seq.js
var seq = {
  collection: "seq",
  default: true,
  nodeClass: YAMLSeq,
  tag: "tag:yaml.org,2002:seq",
  resolve(seq2, onError) {
    if (!isSeq(seq2))
      onError("Expected a sequence for this tag");
    return seq2;
  },
  createNode: (schema4, obj, ctx) => YAMLSeq.from(schema4, obj, ctx)
};

// node_modules/yaml/browser/dist/schema/common/string.js
var string = {
  identify: (value) => typeof value === "string",
  default: true,
  tag: "tag:yaml.org,2002:str",
  resolve: (str) => str,
  stringify(item, ctx, onComment, onChompKeep) {
    ctx = Object.assign({ actualString: true }, ctx);
    return stringifyString(item, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/common/null.js
var nullTag = {
  identify: (value) => value == null,
  createNode: () => new Scalar(null),
  default: true,
  tag: "tag:yaml.org,2002:null",
  test: /^(?:~|[Nn]ull|NULL)?$/,
  resolve: () => new Scalar(null),
  stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
};

// node_modules/yaml/browser/dist/schema/core/bool.js
var boolTag = {
  identify: (value) => typeof value === "boolean",
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  resolve: (str) => new Scalar(str[0] === "t" || str[0] === "T"),
  stringify({ source, value }, ctx) {
    if (source && boolTag.test.test(source)) {
      const sv = source[0] === "t" || source[0] === "T";
      if (value === sv)
        return source;
    }
    return value ? ctx.options.trueStr : ctx.options.falseStr;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyNumber.js
function stringifyNumber({ format, minFractionDigits, tag, value }) {
  if (typeof value === "bigint")
    return String(value);
  const num = typeof value === "number" ? value : Number(value);
  if (!isFinite(num))
    return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
  let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
  if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
    let i = n.indexOf(".");
    if (i < 0) {
      i = n.length;
      n += ".";
    }
    let d = minFractionDigits - (n.length - i - 1);
    while (d-- > 0)
      n += "0";
  }
  return n;
}

// node_modules/yaml/browser/dist/schema/core/float.js
var floatNaN = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  resolve: (str) => parseFloat(str),
  stringify(node) {
    const num = Number(node.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node);
  }
};
var float = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  resolve(str) {
    const node = new Scalar(parseFloat(str));
    const dot = str.indexOf(".");
    if (dot !== -1 && str[str.length - 1] === "0")
      node.minFractionDigits = str.length - dot - 1;
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/core/int.js
var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
function intStringify(node, radix, prefix) {
  const { value } = node;
  if (intIdentify(value) && value >= 0)
    return prefix + value.toString(radix);
  return stringifyNumber(node);
}
var intOct = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^0o[0-7]+$/,
  resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
  stringify: (node) => intStringify(node, 8, "0o")
};
var int = {
  identify: intIdentify,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9]+$/,
  resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^0x[0-9a-fA-F]+$/,
  resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
  stringify: (node) => intStringify(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/core/schema.js
var schema = [
  map,
  seq,
  string,
  nullTag,
  boolTag,
  intOct,
  int,
  intHex,
  floatNaN,
  floatExp,
  float
];

// node_modules/yaml/browser/dist/schema/json/schema.js
function intIdentify2(value) {
  return typeof value === "bigint" || Number.isInteger(value);
}
var stringifyJSON = ({ value }) => JSON.stringify(value);
var jsonScalars = [
  {
    identify: (value) => typeof value === "string",
    default: true,
    tag: "tag:yaml.org,2002:str",
    resolve: (str) => str,
    stringify: stringifyJSON
  },
  {
    identify: (value) => value == null,
    createNode: () => new Scalar(null),
    default: true,
    tag: "tag:yaml.org,2002:null",
    test: /^null$/,
    resolve: () => null,
    stringify: stringifyJSON
  },
  {
    identify: (value) => typeof value === "boolean",
    default: true,
    tag: "tag:yaml.org,2002:bool",
    test: /^true$|^false$/,
    resolve: (str) => str === "true",
    stringify: stringifyJSON
  },
  {
    identify: intIdentify2,
    default: true,
    tag: "tag:yaml.org,2002:int",
    test: /^-?(?:0|[1-9][0-9]*)$/,
    resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
    stringify: ({ value }) => intIdentify2(value) ? value.toString() : JSON.stringify(value)
  },
  {
    identify: (value) => typeof value === "number",
    default: true,
    tag: "tag:yaml.org,2002:float",
    test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
    resolve: (str) => parseFloat(str),
    stringify: stringifyJSON
  }
];
var jsonError = {
  default: true,
  tag: "",
  test: /^/,
  resolve(str, onError) {
    onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
    return str;
  }
};
var schema2 = [map, seq].concat(jsonScalars, jsonError);

// node_modules/yaml/browser/dist/schema/yaml-1.1/binary.js
var binary = {
  identify: (value) => value instanceof Uint8Array,
  // Buffer inherits from Uint8Array
  default: false,
  tag: "tag:yaml.org,2002:binary",
  /**
   * Returns a Buffer in node and an Uint8Array in browsers
   *
   * To use the resulting buffer as an image, you'll want to do something like:
   *
   *   const blob = new Blob([buffer], { type: 'image/jpeg' })
   *   document.querySelector('#photo').src = URL.createObjectURL(blob)
   */
  resolve(src, onError) {
    if (typeof atob === "function") {
      const str = atob(src.replace(/[\n\r]/g, ""));
      const buffer = new Uint8Array(str.length);
      for (let i = 0; i < str.length; ++i)
        buffer[i] = str.charCodeAt(i);
      return buffer;
    } else {
      onError("This environment does not support reading binary tags; either Buffer or atob is required");
      return src;
    }
  },
  stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
    if (!value)
      return "";
    const buf = value;
    let str;
    if (typeof btoa === "function") {
      let s = "";
      for (let i = 0; i < buf.length; ++i)
        s += String.fromCharCode(buf[i]);
      str = btoa(s);
    } else {
      throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
    }
    type ?? (type = Scalar.BLOCK_LITERAL);
    if (type !== Scalar.QUOTE_DOUBLE) {
      const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
      const n = Math.ceil(str.length / lineWidth);
      const lines = new Array(n);
      for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
        lines[i] = str.substr(o, lineWidth);
      }
      str = lines.join(type === Scalar.BLOCK_LITERAL ? "\n" : " ");
    }
    return stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/pairs.js
function resolvePairs(seq2, onError) {
  if (isSeq(seq2)) {
    for (let i = 0; i < seq2.items.length; ++i) {
      let item = seq2.items[i];
      if (isPair(item))
        continue;
      else if (isMap(item)) {
        if (item.items.length > 1)
          onError("Each pair must have its own sequence indicator");
        const pair = item.items[0] || new Pair(new Scalar(null));
        if (item.commentBefore)
          pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
        if (item.comment) {
          const cn = pair.value ?? pair.key;
          cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
        }
        item = pair;
      }
      seq2.items[i] = isPair(item) ? item : new Pair(item);
    }
  } else
    onError("Expected a sequence for this tag");
  return seq2;
}
function createPairs(schema4, iterable, ctx) {
  const { replacer } = ctx;
  const pairs2 = new YAMLSeq(schema4);
  pairs2.tag = "tag:yaml.org,2002:pairs";
  let i = 0;
  if (iterable && Symbol.iterator in Object(iterable))
    for (let it of iterable) {
      if (typeof replacer === "function")
        it = replacer.call(iterable, String(i++), it);
      let key, value;
      if (Array.isArray(it)) {
        if (it.length === 2) {
          key = it[0];
          value = it[1];
        } else
          throw new TypeError(`Expected [key, value] tuple: ${it}`);
      } else if (it && it instanceof Object) {
        const keys = Object.keys(it);
        if (keys.length === 1) {
          key = keys[0];
          value = it[key];
        } else {
          throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
        }
      } else {
        key = it;
      }
      pairs2.items.push(createPair(key, value, ctx));
    }
  return pairs2;
}
var pairs = {
  collection: "seq",
  default: false,
  tag: "tag:yaml.org,2002:pairs",
  resolve: resolvePairs,
  createNode: createPairs
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/omap.js
var YAMLOMap = class _YAMLOMap extends YAMLSeq {
  constructor() {
    super();
    this.add = YAMLMap.prototype.add.bind(this);
    this.delete = YAMLMap.prototype.delete.bind(this);
    this.get = YAMLMap.prototype.get.bind(this);
    this.has = YAMLMap.prototype.has.bind(this);
    this.set = YAMLMap.prototype.set.bind(this);
    this.tag = _YAMLOMap.tag;
  }
  /**
   * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
   * but TypeScript won't allow widening the signature of a child method.
   */
  toJSON(_, ctx) {
    if (!ctx)
      return super.toJSON(_);
    const map2 = /* @__PURE__ */ new Map();
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const pair of this.items) {
      let key, value;
      if (isPair(pair)) {
        key = toJS(pair.key, "", ctx);
        value = toJS(pair.value, key, ctx);
      } else {
        key = toJS(pair, "", ctx);
      }
      if (map2.has(key))
        throw new Error("Ordered maps must not include duplicate keys");
      map2.set(key, value);
    }
    return map2;
  }
  static from(schema4, iterable, ctx) {
    const pairs2 = createPairs(schema4, iterable, ctx);
    const omap2 = new this();
    omap2.items = pairs2.items;
    return omap2;
  }
};
YAMLOMap.tag = "tag:yaml.org,2002:omap";
var omap = {
  collection: "seq",
  identify: (value) => value instanceof Map,
  nodeClass: YAMLOMap,
  default: false,
  tag: "tag:yaml.org,2002:omap",
  resolve(seq2, onError) {
    const pairs2 = resolvePairs(seq2, onError);
    const seenKeys = [];
    for (const { key } of pairs2.items) {
      if (isScalar(key)) {
        if (seenKeys.includes(key.value)) {
          onError(`Ordered maps must not include duplicate keys: ${key.value}`);
        } else {
          seenKeys.push(key.value);
        }
      }
    }
    return Object.assign(new YAMLOMap(), pairs2);
  },
  createNode: (schema4, iterable, ctx) => YAMLOMap.from(schema4, iterable, ctx)
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/bool.js
function boolStringify({ value, source }, ctx) {
  const boolObj = value ? trueTag : falseTag;
  if (source && boolObj.test.test(source))
    return source;
  return value ? ctx.options.trueStr : ctx.options.falseStr;
}
var trueTag = {
  identify: (value) => value === true,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
  resolve: () => new Scalar(true),
  stringify: boolStringify
};
var falseTag = {
  identify: (value) => value === false,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  resolve: () => new Scalar(false),
  stringify: boolStringify
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/float.js
var floatNaN2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  resolve: (str) => parseFloat(str.replace(/_/g, "")),
  stringify(node) {
    const num = Number(node.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node);
  }
};
var float2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  resolve(str) {
    const node = new Scalar(parseFloat(str.replace(/_/g, "")));
    const dot = str.indexOf(".");
    if (dot !== -1) {
      const f = str.substring(dot + 1).replace(/_/g, "");
      if (f[f.length - 1] === "0")
        node.minFractionDigits = f.length;
    }
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/int.js
var intIdentify3 = (value) => typeof value === "bigint" || Number.isInteger(value);
function intResolve2(str, offset, radix, { intAsBigInt }) {
  const sign = str[0];
  if (sign === "-" || sign === "+")
    offset += 1;
  str = str.substring(offset).replace(/_/g, "");
  if (intAsBigInt) {
    switch (radix) {
      case 2:
        str = `0b${str}`;
        break;
      case 8:
        str = `0o${str}`;
        break;
      case 16:
        str = `0x${str}`;
        break;
    }
    const n2 = BigInt(str);
    return sign === "-" ? BigInt(-1) * n2 : n2;
  }
  const n = parseInt(str, radix);
  return sign === "-" ? -1 * n : n;
}
function intStringify2(node, radix, prefix) {
  const { value } = node;
  if (intIdentify3(value)) {
    const str = value.toString(radix);
    return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
  }
  return stringifyNumber(node);
}
var intBin = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "BIN",
  test: /^[-+]?0b[0-1_]+$/,
  resolve: (str, _onError, opt) => intResolve2(str, 2, 2, opt),
  stringify: (node) => intStringify2(node, 2, "0b")
};
var intOct2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^[-+]?0[0-7_]+$/,
  resolve: (str, _onError, opt) => intResolve2(str, 1, 8, opt),
  stringify: (node) => intStringify2(node, 8, "0")
};
var int2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9][0-9_]*$/,
  resolve: (str, _onError, opt) => intResolve2(str, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^[-+]?0x[0-9a-fA-F_]+$/,
  resolve: (str, _onError, opt) => intResolve2(str, 2, 16, opt),
  stringify: (node) => intStringify2(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/set.js
var YAMLSet = class _YAMLSet extends YAMLMap {
  constructor(schema4) {
    super(schema4);
    this.tag = _YAMLSet.tag;
  }
  add(key) {
    let pair;
    if (isPair(key))
      pair = key;
    else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
      pair = new Pair(key.key, null);
    else
      pair = new Pair(key, null);
    const prev = findPair(this.items, pair.key);
    if (!prev)
      this.items.push(pair);
  }
  /**
   * If `keepPair` is `true`, returns the Pair matching `key`.
   * Otherwise, returns the value of that Pair's key.
   */
  get(key, keepPair) {
    const pair = findPair(this.items, key);
    return !keepPair && isPair(pair) ? isScalar(pair.key) ? pair.key.value : pair.key : pair;
  }
  set(key, value) {
    if (typeof value !== "boolean")
      throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
    const prev = findPair(this.items, key);
    if (prev && !value) {
      this.items.splice(this.items.indexOf(prev), 1);
    } else if (!prev && value) {
      this.items.push(new Pair(key));
    }
  }
  toJSON(_, ctx) {
    return super.toJSON(_, ctx, Set);
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    if (this.hasAllNullValues(true))
      return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
    else
      throw new Error("Set items must all have null values");
  }
  static from(schema4, iterable, ctx) {
    const { replacer } = ctx;
    const set3 = new this(schema4);
    if (iterable && Symbol.iterator in Object(iterable))
      for (let value of iterable) {
        if (typeof replacer === "function")
          value = replacer.call(iterable, value, value);
        set3.items.push(createPair(value, null, ctx));
      }
    return set3;
  }
};
YAMLSet.tag = "tag:yaml.org,2002:set";
var set2 = {
  collection: "map",
  identify: (value) => value instanceof Set,
  nodeClass: YAMLSet,
  default: false,
  tag: "tag:yaml.org,2002:set",
  createNode: (schema4, iterable, ctx) => YAMLSet.from(schema4, iterable, ctx),
  resolve(map2, onError) {
    if (isMap(map2)) {
      if (map2.hasAllNullValues(true))
        return Object.assign(new YAMLSet(), map2);
      else
        onError("Set items must all have null values");
    } else
      onError("Expected a mapping for this tag");
    return map2;
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/timestamp.js
function parseSexagesimal(str, asBigInt) {
  const sign = str[0];
  const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
  const num = (n) => asBigInt ? BigInt(n) : Number(n);
  const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
  return sign === "-" ? num(-1) * res : res;
}
function stringifySexagesimal(node) {
  let { value } = node;
  let num = (n) => n;
  if (typeof value === "bigint")
    num = (n) => BigInt(n);
  else if (isNaN(value) || !isFinite(value))
    return stringifyNumber(node);
  let sign = "";
  if (value < 0) {
    sign = "-";
    value *= num(-1);
  }
  const _60 = num(60);
  const parts = [value % _60];
  if (value < 60) {
    parts.unshift(0);
  } else {
    value = (value - parts[0]) / _60;
    parts.unshift(value % _60);
    if (value >= 60) {
      value = (value - parts[0]) / _60;
      parts.unshift(value);
    }
  }
  return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
}
var intTime = {
  identify: (value) => typeof value === "bigint" || Number.isInteger(value),
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
  resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
  stringify: stringifySexagesimal
};
var floatTime = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  resolve: (str) => parseSexagesimal(str, false),
  stringify: stringifySexagesimal
};
var timestamp = {
  identify: (value) => value instanceof Date,
  default: true,
  tag: "tag:yaml.org,2002:timestamp",
  // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
  // may be omitted altogether, resulting in a date format. In such a case, the time part is
  // assumed to be 00:00:00Z (start of day, UTC).
  test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
  resolve(str) {
    const match = str.match(timestamp.test);
    if (!match)
      throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
    const [, year, month, day, hour, minute, second] = match.map(Number);
    const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
    let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
    const tz = match[8];
    if (tz && tz !== "Z") {
      let d = parseSexagesimal(tz, false);
      if (Math.abs(d) < 30)
        d *= 60;
      date -= 6e4 * d;
    }
    return new Date(date);
  },
  stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/schema.js
var schema3 = [
  map,
  seq,
  string,
  nullTag,
  trueTag,
  falseTag,
  intBin,
  intOct2,
  int2,
  intHex2,
  floatNaN2,
  floatExp2,
  float2,
  binary,
  merge,
  omap,
  pairs,
  set2,
  intTime,
  floatTime,
  timestamp
];

// node_modules/yaml/browser/dist/schema/tags.js
var schemas = /* @__PURE__ */ new Map([
  ["core", schema],
  ["failsafe", [map, seq, string]],
  ["json", schema2],
  ["yaml11", schema3],
  ["yaml-1.1", schema3]
]);
var tagsByName = {
  binary,
  bool: boolTag,
  float,
  floatExp,
  floatNaN,
  floatTime,
  int,
  intHex,
  intOct,
  intTime,
  map,
  merge,
  null: nullTag,
  omap,
  pairs,
  seq,
  set: set2,
  timestamp
};
var coreKnownTags = {
  "tag:yaml.org,2002:binary": binary,
  "tag:yaml.org,2002:merge": merge,
  "tag:yaml.org,2002:omap": omap,
  "tag:yaml.org,2002:pairs": pairs,
  "tag:yaml.org,2002:set": set2,
  "tag:yaml.org,2002:timestamp": timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
  const schemaTags = schemas.get(schemaName);
  if (schemaTags && !customTags) {
    return addMergeTag && !schemaTags.includes(merge) ? schemaTags.concat(merge) : schemaTags.slice();
  }
  let tags = schemaTags;
  if (!tags) {
    if (Array.isArray(customTags))
      tags = [];
    else {
      const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
    }
  }
  if (Array.isArray(customTags)) {
    for (const tag of customTags)
      tags = tags.concat(tag);
  } else if (typeof customTags === "function") {
    tags = customTags(tags.slice());
  }
  if (addMergeTag)
    tags = tags.concat(merge);
  return tags.reduce((tags2, tag) => {
    const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
    if (!tagObj) {
      const tagName = JSON.stringify(tag);
      const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
    }
    if (!tags2.includes(tagObj))
      tags2.push(tagObj);
    return tags2;
  }, []);
}

// node_modules/yaml/browser/dist/schema/Schema.js
var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
var Schema = class _Schema {
  constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema: schema4, sortMapEntries, toStringDefaults }) {
    this.compat = Array.isArray(compat) ? getTags(compat, "compat") : compat ? getTags(null, compat) : null;
    this.name = typeof schema4 === "string" && schema4 || "core";
    this.knownTags = resolveKnownTags ? coreKnownTags : {};
    this.tags = getTags(customTags, this.name, merge2);
    this.toStringOptions = toStringDefaults ?? null;
    Object.defineProperty(this, MAP, { value: map });
    Object.defineProperty(this, SCALAR, { value: string });
    Object.defineProperty(this, SEQ, { value: seq });
    this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
  }
  clone() {
    const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
    copy.tags = this.tags.slice();
    return copy;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyDocument.js
function stringifyDocument(doc, options) {
  const lines = [];
  let hasDirectives = options.directives === true;
  if (options.directives !== false && doc.directives) {
    const dir = doc.directives.toString(doc);
    if (dir) {
      lines.push(dir);
      hasDirectives = true;
    } else if (doc.directives.docStart)
      hasDirectives = true;
  }
  if (hasDirectives)
    lines.push("---");
  const ctx = createStringifyContext(doc, options);
  const { commentString } = ctx.options;
  if (doc.commentBefore) {
    if (lines.length !== 1)
      lines.unshift("");
    const cs = commentString(doc.commentBefore);
    lines.unshift(indentComment(cs, ""));
  }
  let chompKeep = false;
  let contentComment = null;
  if (doc.contents) {
    if (isNode(doc.contents)) {
      if (doc.contents.spaceBefore && hasDirectives)
        lines.push("");
      if (doc.contents.commentBefore) {
        const cs = commentString(doc.contents.commentBefore);
        lines.push(indentComment(cs, ""));
      }
      ctx.forceBlockIndent = !!doc.comment;
      contentComment = doc.contents.comment;
    }
    const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
    let body = stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
    if (contentComment)
      body += lineComment(body, "", commentString(contentComment));
    if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
      lines[lines.length - 1] = `--- ${body}`;
    } else
      lines.push(body);
  } else {
    lines.push(stringify(doc.contents, ctx));
  }
  if (doc.directives?.docEnd) {
    if (doc.comment) {
      const cs = commentString(doc.comment);
      if (cs.includes("\n")) {
        lines.push("...");
        lines.push(indentComment(cs, ""));
      } else {
        lines.push(`... ${cs}`);
      }
    } else {
      lines.push("...");
    }
  } else {
    let dc = doc.comment;
    if (dc && chompKeep)
      dc = dc.replace(/^\n+/, "");
    if (dc) {
      if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
        lines.push("");
      lines.push(indentComment(commentString(dc), ""));
    }
  }
  return lines.join("\n") + "\n";
}

// node_modules/yaml/browser/dist/doc/Document.js
var Document = class _Document {
  constructor(value, replacer, options) {
    this.commentBefore = null;
    this.comment = null;
    this.errors = [];
    this.warnings = [];
    Object.defineProperty(this, NODE_TYPE, { value: DOC });
    let _replacer = null;
    if (typeof replacer === "function" || Array.isArray(replacer)) {
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const opt = Object.assign({
      intAsBigInt: false,
      keepSourceTokens: false,
      logLevel: "warn",
      prettyErrors: true,
      strict: true,
      stringKeys: false,
      uniqueKeys: true,
      version: "1.2"
    }, options);
    this.options = opt;
    let { version } = opt;
    if (options?._directives) {
      this.directives = options._directives.atDocument();
      if (this.directives.yaml.explicit)
        version = this.directives.yaml.version;
    } else
      this.directives = new Directives({ version });
    this.setSchema(version, options);
    this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
  }
  /**
   * Create a deep copy of this Document and its contents.
   *
   * Custom Node values that inherit from `Object` still refer to their original instances.
   */
  clone() {
    const copy = Object.create(_Document.prototype, {
      [NODE_TYPE]: { value: DOC }
    });
    copy.commentBefore = this.commentBefore;
    copy.comment = this.comment;
    copy.errors = this.errors.slice();
    copy.warnings = this.warnings.slice();
    copy.options = Object.assign({}, this.options);
    if (this.directives)
      copy.directives = this.directives.clone();
    copy.schema = this.schema.clone();
    copy.contents = isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** Adds a value to the document. */
  add(value) {
    if (assertCollection(this.contents))
      this.contents.add(value);
  }
  /** Adds a value to the document. */
  addIn(path, value) {
    if (assertCollection(this.contents))
      this.contents.addIn(path, value);
  }
  /**
   * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
   *
   * If `node` already has an anchor, `name` is ignored.
   * Otherwise, the `node.anchor` value will be set to `name`,
   * or if an anchor with that name is already present in the document,
   * `name` will be used as a prefix for a new unique anchor.
   * If `name` is undefined, the generated anchor will use 'a' as a prefix.
   */
  createAlias(node, name) {
    if (!node.anchor) {
      const prev = anchorNames(this);
      node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      !name || prev.has(name) ? findNewAnchor(name || "a", prev) : name;
    }
    return new Alias(node.anchor);
  }
  createNode(value, replacer, options) {
    let _replacer = void 0;
    if (typeof replacer === "function") {
      value = replacer.call({ "": value }, "", value);
      _replacer = replacer;
    } else if (Array.isArray(replacer)) {
      const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
      const asStr = replacer.filter(keyToStr).map(String);
      if (asStr.length > 0)
        replacer = replacer.concat(asStr);
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
    const { onAnchor, setAnchors, sourceObjects } = createNodeAnchors(
      this,
      // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      anchorPrefix || "a"
    );
    const ctx = {
      aliasDuplicateObjects: aliasDuplicateObjects ?? true,
      keepUndefined: keepUndefined ?? false,
      onAnchor,
      onTagObj,
      replacer: _replacer,
      schema: this.schema,
      sourceObjects
    };
    const node = createNode(value, tag, ctx);
    if (flow && isCollection(node))
      node.flow = true;
    setAnchors();
    return node;
  }
  /**
   * Convert a key and a value into a `Pair` using the current schema,
   * recursively wrapping all values as `Scalar` or `Collection` nodes.
   */
  createPair(key, value, options = {}) {
    const k = this.createNode(key, null, options);
    const v = this.createNode(value, null, options);
    return new Pair(k, v);
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    return assertCollection(this.contents) ? this.contents.delete(key) : false;
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path) {
    if (isEmptyPath(path)) {
      if (this.contents == null)
        return false;
      this.contents = null;
      return true;
    }
    return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  get(key, keepScalar) {
    return isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
  }
  /**
   * Returns item at `path`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    if (isEmptyPath(path))
      return !keepScalar && isScalar(this.contents) ? this.contents.value : this.contents;
    return isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
  }
  /**
   * Checks if the document includes a value with the key `key`.
   */
  has(key) {
    return isCollection(this.contents) ? this.contents.has(key) : false;
  }
  /**
   * Checks if the document includes a value at `path`.
   */
  hasIn(path) {
    if (isEmptyPath(path))
      return this.contents !== void 0;
    return isCollection(this.contents) ? this.contents.hasIn(path) : false;
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  set(key, value) {
    if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, [key], value);
    } else if (assertCollection(this.contents)) {
      this.contents.set(key, value);
    }
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    if (isEmptyPath(path)) {
      this.contents = value;
    } else if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, Array.from(path), value);
    } else if (assertCollection(this.contents)) {
      this.contents.setIn(path, value);
    }
  }
  /**
   * Change the YAML version and schema used by the document.
   * A `null` version disables support for directives, explicit tags, anchors, and aliases.
   * It also requires the `schema` option to be given as a `Schema` instance value.
   *
   * Overrides all previously set schema options.
   */
  setSchema(version, options = {}) {
    if (typeof version === "number")
      version = String(version);
    let opt;
    switch (version) {
      case "1.1":
        if (this.directives)
          this.directives.yaml.version = "1.1";
        else
          this.directives = new Directives({ version: "1.1" });
        opt = { resolveKnownTags: false, schema: "yaml-1.1" };
        break;
      case "1.2":
      case "next":
        if (this.directives)
          this.directives.yaml.version = version;
        else
          this.directives = new Directives({ version });
        opt = { resolveKnownTags: true, schema: "core" };
        break;
      case null:
        if (this.directives)
          delete this.directives;
        opt = null;
        break;
      default: {
        const sv = JSON.stringify(version);
        throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
      }
    }
    if (options.schema instanceof Object)
      this.schema = options.schema;
    else if (opt)
      this.schema = new Schema(Object.assign(opt, options));
    else
      throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
  }
  // json & jsonArg are only used from toJSON()
  toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc: this,
      keep: !json,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this.contents, jsonArg ?? "", ctx);
    if (typeof onAnchor === "function")
      for (const { count: count2, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count2);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
  /**
   * A JSON representation of the document `contents`.
   *
   * @param jsonArg Used by `JSON.stringify` to indicate the array index or
   *   property name.
   */
  toJSON(jsonArg, onAnchor) {
    return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
  }
  /** A YAML representation of the document. */
  toString(options = {}) {
    if (this.errors.length > 0)
      throw new Error("Document with errors cannot be stringified");
    if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
      const s = JSON.stringify(options.indent);
      throw new Error(`"indent" option must be a positive integer, not ${s}`);
    }
    return stringifyDocument(this, options);
  }
};
function assertCollection(contents) {
  if (isCollection(contents))
    return true;
  throw new Error("Expected a YAML collection as document contents");
}

// node_modules/yaml/browser/dist/errors.js
var YAMLError = class extends Error {
  constructor(name, pos, code, message) {
    super();
    this.name = name;
    this.code = code;
    this.message = message;
    this.pos = pos;
  }
};
var YAMLParseError = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLParseError", pos, code, message);
  }
};
var YAMLWarning = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLWarning", pos, code, message);
  }
};
var prettifyError = (src, lc) => (error) => {
  if (error.pos[0] === -1)
    return;
  error.linePos = error.pos.map((pos) => lc.linePos(pos));
  const { line, col } = error.linePos[0];
  error.message += ` at line ${line}, column ${col}`;
  let ci = col - 1;
  let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
  if (ci >= 60 && lineStr.length > 80) {
    const trimStart = Math.min(ci - 39, lineStr.length - 79);
    lineStr = "\u2026" + lineStr.substring(trimStart);
    ci -= trimStart - 1;
  }
  if (lineStr.length > 80)
    lineStr = lineStr.substring(0, 79) + "\u2026";
  if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
    let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
    if (prev.length > 80)
      prev = prev.substring(0, 79) + "\u2026\n";
    lineStr = prev + lineStr;
  }
  if (/[^ ]/.test(lineStr)) {
    let count2 = 1;
    const end = error.linePos[1];
    if (end?.line === line && end.col > col) {
      count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
    }
    const pointer = " ".repeat(ci) + "^".repeat(count2);
    error.message += `:

${lineStr}
${pointer}
`;
  }
};

// node_modules/yaml/browser/dist/compose/resolve-props.js
function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
  let spaceBefore = false;
  let atNewline = startOnNewline;
  let hasSpace = startOnNewline;
  let comment = "";
  let commentSep = "";
  let hasNewline = false;
  let reqSpace = false;
  let tab = null;
  let anchor = null;
  let tag = null;
  let newlineAfterProp = null;
  let comma = null;
  let found = null;
  let start = null;
  for (const token of tokens) {
    if (reqSpace) {
      if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
        onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      reqSpace = false;
    }
    if (tab) {
      if (atNewline && token.type !== "comment" && token.type !== "newline") {
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      }
      tab = null;
    }
    switch (token.type) {
      case "space":
        if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
          tab = token;
        }
        hasSpace = true;
        break;
      case "comment": {
        if (!hasSpace)
          onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
        const cb = token.source.substring(1) || " ";
        if (!comment)
          comment = cb;
        else
          comment += commentSep + cb;
        commentSep = "";
        atNewline = false;
        break;
      }
      case "newline":
        if (atNewline) {
          if (comment)
            comment += token.source;
          else if (!found || indicator !== "seq-item-ind")
            spaceBefore = true;
        } else
          commentSep += token.source;
        atNewline = true;
        hasNewline = true;
        if (anchor || tag)
          newlineAfterProp = token;
        hasSpace = true;
        break;
      case "anchor":
        if (anchor)
          onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
        if (token.source.endsWith(":"))
          onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
        anchor = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      case "tag": {
        if (tag)
          onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
        tag = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      }
      case indicator:
        if (anchor || tag)
          onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
        if (found)
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
        found = token;
        atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
        hasSpace = false;
        break;
      case "comma":
        if (flow) {
          if (comma)
            onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
          comma = token;
          atNewline = false;
          hasSpace = false;
          break;
        }
      // else fallthrough
      default:
        onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
        atNewline = false;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  const end = last ? last.offset + last.source.length : offset;
  if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
    onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
  }
  if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
    onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
  return {
    comma,
    found,
    spaceBefore,
    comment,
    hasNewline,
    anchor,
    tag,
    newlineAfterProp,
    end,
    start: start ?? end
  };
}

// node_modules/yaml/browser/dist/compose/util-contains-newline.js
function containsNewline(key) {
  if (!key)
    return null;
  switch (key.type) {
    case "alias":
    case "scalar":
    case "double-quoted-scalar":
    case "single-quoted-scalar":
      if (key.source.includes("\n"))
        return true;
      if (key.end) {
        for (const st of key.end)
          if (st.type === "newline")
            return true;
      }
      return false;
    case "flow-collection":
      for (const it of key.items) {
        for (const st of it.start)
          if (st.type === "newline")
            return true;
        if (it.sep) {
          for (const st of it.sep)
            if (st.type === "newline")
              return true;
        }
        if (containsNewline(it.key) || containsNewline(it.value))
          return true;
      }
      return false;
    default:
      return true;
  }
}

// node_modules/yaml/browser/dist/compose/util-flow-indent-check.js
function flowIndentCheck(indent, fc, onError) {
  if (fc?.type === "flow-collection") {
    const end = fc.end[0];
    if (end.indent === indent && (end.source === "]" || end.source === "}") && containsNewline(fc)) {
      const msg = "Flow end indicator should be more indented than parent";
      onError(end, "BAD_INDENT", msg, true);
    }
  }
}

// node_modules/yaml/browser/dist/compose/util-map-includes.js
function mapIncludes(ctx, items, search) {
  const { uniqueKeys } = ctx.options;
  if (uniqueKeys === false)
    return false;
  const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || isScalar(a) && isScalar(b) && a.value === b.value;
  return items.some((pair) => isEqual(pair.key, search));
}

// node_modules/yaml/browser/dist/compose/resolve-block-map.js
var startColMsg = "All mapping items must start at the same column";
function resolveBlockMap({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bm, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLMap;
  const map2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  let offset = bm.offset;
  let commentEnd = null;
  for (const collItem of bm.items) {
    const { start, key, sep, value } = collItem;
    const keyProps = resolveProps(start, {
      indicator: "explicit-key-ind",
      next: key ?? sep?.[0],
      offset,
      onError,
      parentIndent: bm.indent,
      startOnNewline: true
    });
    const implicitKey = !keyProps.found;
    if (implicitKey) {
      if (key) {
        if (key.type === "block-seq")
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
        else if ("indent" in key && key.indent !== bm.indent)
          onError(offset, "BAD_INDENT", startColMsg);
      }
      if (!keyProps.anchor && !keyProps.tag && !sep) {
        commentEnd = keyProps.end;
        if (keyProps.comment) {
          if (map2.comment)
            map2.comment += "\n" + keyProps.comment;
          else
            map2.comment = keyProps.comment;
        }
        continue;
      }
      if (keyProps.newlineAfterProp || containsNewline(key)) {
        onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
      }
    } else if (keyProps.found?.indent !== bm.indent) {
      onError(offset, "BAD_INDENT", startColMsg);
    }
    ctx.atKey = true;
    const keyStart = keyProps.end;
    const keyNode = key ? composeNode2(ctx, key, keyProps, onError) : composeEmptyNode2(ctx, keyStart, start, null, keyProps, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bm.indent, key, onError);
    ctx.atKey = false;
    if (mapIncludes(ctx, map2.items, keyNode))
      onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
    const valueProps = resolveProps(sep ?? [], {
      indicator: "map-value-ind",
      next: value,
      offset: keyNode.range[2],
      onError,
      parentIndent: bm.indent,
      startOnNewline: !key || key.type === "block-scalar"
    });
    offset = valueProps.end;
    if (valueProps.found) {
      if (implicitKey) {
        if (value?.type === "block-map" && !valueProps.hasNewline)
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
        if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
          onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : composeEmptyNode2(ctx, offset, sep, null, valueProps, onError);
      if (ctx.schema.compat)
        flowIndentCheck(bm.indent, value, onError);
      offset = valueNode.range[2];
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    } else {
      if (implicitKey)
        onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
      if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    }
  }
  if (commentEnd && commentEnd < offset)
    onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
  map2.range = [bm.offset, offset, commentEnd ?? offset];
  return map2;
}

// node_modules/yaml/browser/dist/compose/resolve-block-seq.js
function resolveBlockSeq({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bs, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLSeq;
  const seq2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = bs.offset;
  let commentEnd = null;
  for (const { start, value } of bs.items) {
    const props = resolveProps(start, {
      indicator: "seq-item-ind",
      next: value,
      offset,
      onError,
      parentIndent: bs.indent,
      startOnNewline: true
    });
    if (!props.found) {
      if (props.anchor || props.tag || value) {
        if (value?.type === "block-seq")
          onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
        else
          onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
      } else {
        commentEnd = props.end;
        if (props.comment)
          seq2.comment = props.comment;
        continue;
      }
    }
    const node = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, start, null, props, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bs.indent, value, onError);
    offset = node.range[2];
    seq2.items.push(node);
  }
  seq2.range = [bs.offset, offset, commentEnd ?? offset];
  return seq2;
}

// node_modules/yaml/browser/dist/compose/resolve-end.js
function resolveEnd(end, offset, reqSpace, onError) {
  let comment = "";
  if (end) {
    let hasSpace = false;
    let sep = "";
    for (const token of end) {
      const { source, type } = token;
      switch (type) {
        case "space":
          hasSpace = true;
          break;
        case "comment": {
          if (reqSpace && !hasSpace)
            onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
          const cb = source.substring(1) || " ";
          if (!comment)
            comment = cb;
          else
            comment += sep + cb;
          sep = "";
          break;
        }
        case "newline":
          if (comment)
            sep += source;
          hasSpace = true;
          break;
        default:
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
      }
      offset += source.length;
    }
  }
  return { comment, offset };
}

// node_modules/yaml/browser/dist/compose/resolve-flow-collection.js
var blockMsg = "Block collections are not allowed within flow collections";
var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
function resolveFlowCollection({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, fc, onError, tag) {
  const isMap2 = fc.start.source === "{";
  const fcName = isMap2 ? "flow map" : "flow sequence";
  const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap : YAMLSeq);
  const coll = new NodeClass(ctx.schema);
  coll.flow = true;
  const atRoot2 = ctx.atRoot;
  if (atRoot2)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = fc.offset + fc.start.source.length;
  for (let i = 0; i < fc.items.length; ++i) {
    const collItem = fc.items[i];
    const { start, key, sep, value } = collItem;
    const props = resolveProps(start, {
      flow: fcName,
      indicator: "explicit-key-ind",
      next: key ?? sep?.[0],
      offset,
      onError,
      parentIndent: fc.indent,
      startOnNewline: false
    });
    if (!props.found) {
      if (!props.anchor && !props.tag && !sep && !value) {
        if (i === 0 && props.comma)
          onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (i < fc.items.length - 1)
          onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
        if (props.comment) {
          if (coll.comment)
            coll.comment += "\n" + props.comment;
          else
            coll.comment = props.comment;
        }
        offset = props.end;
        continue;
      }
      if (!isMap2 && ctx.options.strict && containsNewline(key))
        onError(
          key,
          // checked by containsNewline()
          "MULTILINE_IMPLICIT_KEY",
          "Implicit keys of flow sequence pairs need to be on a single line"
        );
    }
    if (i === 0) {
      if (props.comma)
        onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
    } else {
      if (!props.comma)
        onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
      if (props.comment) {
        let prevItemComment = "";
        loop: for (const st of start) {
          switch (st.type) {
            case "comma":
            case "space":
              break;
            case "comment":
              prevItemComment = st.source.substring(1);
              break loop;
            default:
              break loop;
          }
        }
        if (prevItemComment) {
          let prev = coll.items[coll.items.length - 1];
          if (isPair(prev))
            prev = prev.value ?? prev.key;
          if (prev.comment)
            prev.comment += "\n" + prevItemComment;
          else
            prev.comment = prevItemComment;
          props.comment = props.comment.substring(prevItemComment.length + 1);
        }
      }
    }
    if (!isMap2 && !sep && !props.found) {
      const valueNode = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, sep, null, props, onError);
      coll.items.push(valueNode);
      offset = valueNode.range[2];
      if (isBlock(value))
        onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
    } else {
      ctx.atKey = true;
      const keyStart = props.end;
      const keyNode = key ? composeNode2(ctx, key, props, onError) : composeEmptyNode2(ctx, keyStart, start, null, props, onError);
      if (isBlock(key))
        onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
      ctx.atKey = false;
      const valueProps = resolveProps(sep ?? [], {
        flow: fcName,
        indicator: "map-value-ind",
        next: value,
        offset: keyNode.range[2],
        onError,
        parentIndent: fc.indent,
        startOnNewline: false
      });
      if (valueProps.found) {
        if (!isMap2 && !props.found && ctx.options.strict) {
          if (sep)
            for (const st of sep) {
              if (st === valueProps.found)
                break;
              if (st.type === "newline") {
                onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                break;
              }
            }
          if (props.start < valueProps.found.offset - 1024)
            onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
        }
      } else if (value) {
        if ("source" in value && value.source?.[0] === ":")
          onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
        else
          onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode2(ctx, valueProps.end, sep, null, valueProps, onError) : null;
      if (valueNode) {
        if (isBlock(value))
          onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
      } else if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      if (isMap2) {
        const map2 = coll;
        if (mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        map2.items.push(pair);
      } else {
        const map2 = new YAMLMap(ctx.schema);
        map2.flow = true;
        map2.items.push(pair);
        const endRange = (valueNode ?? keyNode).range;
        map2.range = [keyNode.range[0], endRange[1], endRange[2]];
        coll.items.push(map2);
      }
      offset = valueNode ? valueNode.range[2] : valueProps.end;
    }
  }
  const expectedEnd = isMap2 ? "}" : "]";
  const [ce, ...ee] = fc.end;
  let cePos = offset;
  if (ce?.source === expectedEnd)
    cePos = ce.offset + ce.source.length;
  else {
    const name = fcName[0].toUpperCase() + fcName.substring(1);
    const msg = atRoot2 ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
    onError(offset, atRoot2 ? "MISSING_CHAR" : "BAD_INDENT", msg);
    if (ce && ce.source.length !== 1)
      ee.unshift(ce);
  }
  if (ee.length > 0) {
    const end = resolveEnd(ee, cePos, ctx.options.strict, onError);
    if (end.comment) {
      if (coll.comment)
        coll.comment += "\n" + end.comment;
      else
        coll.comment = end.comment;
    }
    coll.range = [fc.offset, cePos, end.offset];
  } else {
    coll.range = [fc.offset, cePos, cePos];
  }
  return coll;
}

// node_modules/yaml/browser/dist/compose/compose-collection.js
function resolveCollection(CN2, ctx, token, onError, tagName, tag) {
  const coll = token.type === "block-map" ? resolveBlockMap(CN2, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq(CN2, ctx, token, onError, tag) : resolveFlowCollection(CN2, ctx, token, onError, tag);
  const Coll = coll.constructor;
  if (tagName === "!" || tagName === Coll.tagName) {
    coll.tag = Coll.tagName;
    return coll;
  }
  if (tagName)
    coll.tag = tagName;
  return coll;
}
function composeCollection(CN2, ctx, token, props, onError) {
  const tagToken = props.tag;
  const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
  if (token.type === "block-seq") {
    const { anchor, newlineAfterProp: nl } = props;
    const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
    if (lastProp && (!nl || nl.offset < lastProp.offset)) {
      const message = "Missing newline after block sequence props";
      onError(lastProp, "MISSING_CHAR", message);
    }
  }
  const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
  if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.tagName && expType === "seq") {
    return resolveCollection(CN2, ctx, token, onError, tagName);
  }
  let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
  if (!tag) {
    const kt = ctx.schema.knownTags[tagName];
    if (kt?.collection === expType) {
      ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
      tag = kt;
    } else {
      if (kt) {
        onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
      } else {
        onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
      }
      return resolveCollection(CN2, ctx, token, onError, tagName);
    }
  }
  const coll = resolveCollection(CN2, ctx, token, onError, tagName, tag);
  const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
  const node = isNode(res) ? res : new Scalar(res);
  node.range = coll.range;
  node.tag = tagName;
  if (tag?.format)
    node.format = tag.format;
  return node;
}

// node_modules/yaml/browser/dist/compose/resolve-block-scalar.js
function resolveBlockScalar(ctx, scalar, onError) {
  const start = scalar.offset;
  const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
  if (!header)
    return { value: "", type: null, comment: "", range: [start, start, start] };
  const type = header.mode === ">" ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
  const lines = scalar.source ? splitLines(scalar.source) : [];
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i][1];
    if (content === "" || content === "\r")
      chompStart = i;
    else
      break;
  }
  if (chompStart === 0) {
    const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
    let end2 = start + header.length;
    if (scalar.source)
      end2 += scalar.source.length;
    return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
  }
  let trimIndent = scalar.indent + header.indent;
  let offset = scalar.offset + header.length;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content === "" || content === "\r") {
      if (header.indent === 0 && indent.length > trimIndent)
        trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) {
        const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
        onError(offset + indent.length, "MISSING_CHAR", message);
      }
      if (header.indent === 0)
        trimIndent = indent.length;
      contentStart = i;
      if (trimIndent === 0 && !ctx.atRoot) {
        const message = "Block scalar values in collections must be indented";
        onError(offset, "BAD_INDENT", message);
      }
      break;
    }
    offset += indent.length + content.length + 1;
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i][0].length > trimIndent)
      chompStart = i + 1;
  }
  let value = "";
  let sep = "";
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i)
    value += lines[i][0].slice(trimIndent) + "\n";
  for (let i = contentStart; i < chompStart; ++i) {
    let [indent, content] = lines[i];
    offset += indent.length + content.length + 1;
    const crlf = content[content.length - 1] === "\r";
    if (crlf)
      content = content.slice(0, -1);
    if (content && indent.length < trimIndent) {
      const src = header.indent ? "explicit indentation indicator" : "first line";
      const message = `Block scalar lines must not be less indented than their ${src}`;
      onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
      indent = "";
    }
    if (type === Scalar.BLOCK_LITERAL) {
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
    } else if (indent.length > trimIndent || content[0] === "	") {
      if (sep === " ")
        sep = "\n";
      else if (!prevMoreIndented && sep === "\n")
        sep = "\n\n";
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
      prevMoreIndented = true;
    } else if (content === "") {
      if (sep === "\n")
        value += "\n";
      else
        sep = "\n";
    } else {
      value += sep + content;
      sep = " ";
      prevMoreIndented = false;
    }
  }
  switch (header.chomp) {
    case "-":
      break;
    case "+":
      for (let i = chompStart; i < lines.length; ++i)
        value += "\n" + lines[i][0].slice(trimIndent);
      if (value[value.length - 1] !== "\n")
        value += "\n";
      break;
    default:
      value += "\n";
  }
  const end = start + header.length + scalar.source.length;
  return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
  if (props[0].type !== "block-scalar-header") {
    onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
    return null;
  }
  const { source } = props[0];
  const mode = source[0];
  let indent = 0;
  let chomp = "";
  let error = -1;
  for (let i = 1; i < source.length; ++i) {
    const ch = source[i];
    if (!chomp && (ch === "-" || ch === "+"))
      chomp = ch;
    else {
      const n = Number(ch);
      if (!indent && n)
        indent = n;
      else if (error === -1)
        error = offset + i;
    }
  }
  if (error !== -1)
    onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
  let hasSpace = false;
  let comment = "";
  let length = source.length;
  for (let i = 1; i < props.length; ++i) {
    const token = props[i];
    switch (token.type) {
      case "space":
        hasSpace = true;
      // fallthrough
      case "newline":
        length += token.source.length;
        break;
      case "comment":
        if (strict && !hasSpace) {
          const message = "Comments must be separated from other tokens by white space characters";
          onError(token, "MISSING_CHAR", message);
        }
        length += token.source.length;
        comment = token.source.substring(1);
        break;
      case "error":
        onError(token, "UNEXPECTED_TOKEN", token.message);
        length += token.source.length;
        break;
      /* istanbul ignore next should not happen */
      default: {
        const message = `Unexpected token in block scalar header: ${token.type}`;
        onError(token, "UNEXPECTED_TOKEN", message);
        const ts = token.source;
        if (ts && typeof ts === "string")
          length += ts.length;
      }
    }
  }
  return { mode, indent, chomp, comment, length };
}
function splitLines(source) {
  const split = source.split(/\n( *)/);
  const first = split[0];
  const m = first.match(/^( *)/);
  const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
  const lines = [line0];
  for (let i = 1; i < split.length; i += 2)
    lines.push([split[i], split[i + 1]]);
  return lines;
}

// node_modules/yaml/browser/dist/compose/resolve-flow-scalar.js
function resolveFlowScalar(scalar, strict, onError) {
  const { offset, type, source, end } = scalar;
  let _type;
  let value;
  const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
  switch (type) {
    case "scalar":
      _type = Scalar.PLAIN;
      value = plainValue(source, _onError);
      break;
    case "single-quoted-scalar":
      _type = Scalar.QUOTE_SINGLE;
      value = singleQuotedValue(source, _onError);
      break;
    case "double-quoted-scalar":
      _type = Scalar.QUOTE_DOUBLE;
      value = doubleQuotedValue(source, _onError);
      break;
    /* istanbul ignore next should not happen */
    default:
      onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
      return {
        value: "",
        type: null,
        comment: "",
        range: [offset, offset + source.length, offset + source.length]
      };
  }
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, strict, onError);
  return {
    value,
    type: _type,
    comment: re.comment,
    range: [offset, valueEnd, re.offset]
  };
}
function plainValue(source, onError) {
  let badChar = "";
  switch (source[0]) {
    /* istanbul ignore next should not happen */
    case "	":
      badChar = "a tab character";
      break;
    case ",":
      badChar = "flow indicator character ,";
      break;
    case "%":
      badChar = "directive indicator character %";
      break;
    case "|":
    case ">": {
      badChar = `block scalar indicator ${source[0]}`;
      break;
    }
    case "@":
    case "`": {
      badChar = `reserved character ${source[0]}`;
      break;
    }
  }
  if (badChar)
    onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
  return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
  if (source[source.length - 1] !== "'" || source.length === 1)
    onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
  return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
  const line = /(.*?)\r?\n/sy;
  let match = line.exec(source);
  if (!match)
    return source;
  let trimEnd, trimBoth;
  try {
    trimEnd = new RegExp("(?<![ 	])[ 	]+$");
    trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
  } catch {
    trimEnd = /[ \t]+$/;
    trimBoth = /^[ \t]+|[ \t]+$/g;
  }
  let res = match[1].replace(trimEnd, "");
  let sep = " ";
  let pos = line.lastIndex;
  while (match = line.exec(source)) {
    const lm = match[1].replace(trimBoth, "");
    if (lm === "") {
      if (sep === "\n")
        res += sep;
      else
        sep = "\n";
    } else {
      res += sep + lm;
      sep = " ";
    }
    pos = line.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return res + sep + (match?.[1] ?? "");
}
function doubleQuotedValue(source, onError) {
  let res = "";
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i];
    if (ch === "\r" && source[i + 1] === "\n")
      continue;
    if (ch === "\n") {
      const { fold, offset } = foldNewline(source, i);
      res += fold;
      i = offset;
    } else if (ch === "\\") {
      let next = source[++i];
      const cc = escapeCodes[next];
      if (cc)
        res += cc;
      else if (next === "\n") {
        next = source[i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "\r" && source[i + 1] === "\n") {
        next = source[++i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        res += parseCharCode(source, i + 1, length, onError);
        i += length;
      } else {
        const raw = source.substr(i - 1, 2);
        onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        res += raw;
      }
    } else if (ch === " " || ch === "	") {
      const wsStart = i;
      let next = source[i + 1];
      while (next === " " || next === "	")
        next = source[++i + 1];
      if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
        res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else {
      res += ch;
    }
  }
  if (source[source.length - 1] !== '"' || source.length === 1)
    onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
  return res;
}
function foldNewline(source, offset) {
  let fold = "";
  let ch = source[offset + 1];
  while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
    if (ch === "\r" && source[offset + 2] !== "\n")
      break;
    if (ch === "\n")
      fold += "\n";
    offset += 1;
    ch = source[offset + 1];
  }
  if (!fold)
    fold = " ";
  return { fold, offset };
}
var escapeCodes = {
  "0": "\0",
  // null character
  a: "\x07",
  // bell character
  b: "\b",
  // backspace
  e: "\x1B",
  // escape character
  f: "\f",
  // form feed
  n: "\n",
  // line feed
  r: "\r",
  // carriage return
  t: "	",
  // horizontal tab
  v: "\v",
  // vertical tab
  N: "\x85",
  // Unicode next line
  _: "\xA0",
  // Unicode non-breaking space
  L: "\u2028",
  // Unicode line separator
  P: "\u2029",
  // Unicode paragraph separator
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  "	": "	"
};
function parseCharCode(source, offset, length, onError) {
  const cc = source.substr(offset, length);
  const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
  const code = ok ? parseInt(cc, 16) : NaN;
  try {
    return String.fromCodePoint(code);
  } catch {
    const raw = source.substr(offset - 2, length + 2);
    onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
    return raw;
  }
}

// node_modules/yaml/browser/dist/compose/compose-scalar.js
function composeScalar(ctx, token, tagToken, onError) {
  const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar(ctx, token, onError) : resolveFlowScalar(token, ctx.options.strict, onError);
  const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
  let tag;
  if (ctx.options.stringKeys && ctx.atKey) {
    tag = ctx.schema[SCALAR];
  } else if (tagName)
    tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
  else if (token.type === "scalar")
    tag = findScalarTagByTest(ctx, value, token, onError);
  else
    tag = ctx.schema[SCALAR];
  let scalar;
  try {
    const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
    scalar = isScalar(res) ? res : new Scalar(res);
  } catch (error) {
    const msg = error instanceof Error ? error.message : String(error);
    onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
    scalar = new Scalar(value);
  }
  scalar.range = range;
  scalar.source = value;
  if (type)
    scalar.type = type;
  if (tagName)
    scalar.tag = tagName;
  if (tag.format)
    scalar.format = tag.format;
  if (comment)
    scalar.comment = comment;
  return scalar;
}
function findScalarTagByName(schema4, value, tagName, tagToken, onError) {
  if (tagName === "!")
    return schema4[SCALAR];
  const matchWithTest = [];
  for (const tag of schema4.tags) {
    if (!tag.collection && tag.tag === tagName) {
      if (tag.default && tag.test)
        matchWithTest.push(tag);
      else
        return tag;
    }
  }
  for (const tag of matchWithTest)
    if (tag.test?.test(value))
      return tag;
  const kt = schema4.knownTags[tagName];
  if (kt && !kt.collection) {
    schema4.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
    return kt;
  }
  onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
  return schema4[SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema: schema4 }, value, token, onError) {
  const tag = schema4.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema4[SCALAR];
  if (schema4.compat) {
    const compat = schema4.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema4[SCALAR];
    if (tag.tag !== compat.tag) {
      const ts = directives.tagString(tag.tag);
      const cs = directives.tagString(compat.tag);
      const msg = `Value may be parsed as either ${ts} or ${cs}`;
      onError(token, "TAG_RESOLVE_FAILED", msg, true);
    }
  }
  return tag;
}

// node_modules/yaml/browser/dist/compose/util-empty-scalar-position.js
function emptyScalarPosition(offset, before, pos) {
  if (before) {
    pos ?? (pos = before.length);
    for (let i = pos - 1; i >= 0; --i) {
      let st = before[i];
      switch (st.type) {
        case "space":
        case "comment":
        case "newline":
          offset -= st.source.length;
          continue;
      }
      st = before[++i];
      while (st?.type === "space") {
        offset += st.source.length;
        st = before[++i];
      }
      break;
    }
  }
  return offset;
}

// node_modules/yaml/browser/dist/compose/compose-node.js
var CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
  const atKey = ctx.atKey;
  const { spaceBefore, comment, anchor, tag } = props;
  let node;
  let isSrcToken = true;
  switch (token.type) {
    case "alias":
      node = composeAlias(ctx, token, onError);
      if (anchor || tag)
        onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
      break;
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "block-scalar":
      node = composeScalar(ctx, token, tag, onError);
      if (anchor)
        node.anchor = anchor.source.substring(1);
      break;
    case "block-map":
    case "block-seq":
    case "flow-collection":
      try {
        node = composeCollection(CN, ctx, token, props, onError);
        if (anchor)
          node.anchor = anchor.source.substring(1);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        onError(token, "RESOURCE_EXHAUSTION", message);
      }
      break;
    default: {
      const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
      onError(token, "UNEXPECTED_TOKEN", message);
      isSrcToken = false;
    }
  }
  node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
  if (anchor && node.anchor === "")
    onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  if (atKey && ctx.options.stringKeys && (!isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
    const msg = "With stringKeys, all keys must be strings";
    onError(tag ?? token, "NON_STRING_KEY", msg);
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    if (token.type === "scalar" && token.source === "")
      node.comment = comment;
    else
      node.commentBefore = comment;
  }
  if (ctx.options.keepSourceTokens && isSrcToken)
    node.srcToken = token;
  return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
  const token = {
    type: "scalar",
    offset: emptyScalarPosition(offset, before, pos),
    indent: -1,
    source: ""
  };
  const node = composeScalar(ctx, token, tag, onError);
  if (anchor) {
    node.anchor = anchor.source.substring(1);
    if (node.anchor === "")
      onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    node.comment = comment;
    node.range[2] = end;
  }
  return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
  const alias = new Alias(source.substring(1));
  if (alias.source === "")
    onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
  if (alias.source.endsWith(":"))
    onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, options.strict, onError);
  alias.range = [offset, valueEnd, re.offset];
  if (re.comment)
    alias.comment = re.comment;
  return alias;
}

// node_modules/yaml/browser/dist/compose/compose-doc.js
function composeDoc(options, directives, { offset, start, value, end }, onError) {
  const opts = Object.assign({ _directives: directives }, options);
  const doc = new Document(void 0, opts);
  const ctx = {
    atKey: false,
    atRoot: true,
    directives: doc.directives,
    options: doc.options,
    schema: doc.schema
  };
  const props = resolveProps(start, {
    indicator: "doc-start",
    next: value ?? end?.[0],
    offset,
    onError,
    parentIndent: 0,
    startOnNewline: true
  });
  if (props.found) {
    doc.directives.docStart = true;
    if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
      onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
  }
  doc.contents = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
  const contentEnd = doc.contents.range[2];
  const re = resolveEnd(end, contentEnd, false, onError);
  if (re.comment)
    doc.comment = re.comment;
  doc.range = [offset, contentEnd, re.offset];
  return doc;
}

// node_modules/yaml/browser/dist/compose/composer.js
function getErrorPos(src) {
  if (typeof src === "number")
    return [src, src + 1];
  if (Array.isArray(src))
    return src.length === 2 ? src : [src[0], src[1]];
  const { offset, source } = src;
  return [offset, offset + (typeof source === "string" ? source.length : 1)];
}
function parsePrelude(prelude) {
  let comment = "";
  let atComment = false;
  let afterEmptyLine = false;
  for (let i = 0; i < prelude.length; ++i) {
    const source = prelude[i];
    switch (source[0]) {
      case "#":
        comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
        atComment = true;
        afterEmptyLine = false;
        break;
      case "%":
        if (prelude[i + 1]?.[0] !== "#")
          i += 1;
        atComment = false;
        break;
      default:
        if (!atComment)
          afterEmptyLine = true;
        atComment = false;
    }
  }
  return { comment, afterEmptyLine };
}
var Composer = class {
  constructor(options = {}) {
    this.doc = null;
    this.atDirectives = false;
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
    this.onError = (source, code, message, warning) => {
      const pos = getErrorPos(source);
      if (warning)
        this.warnings.push(new YAMLWarning(pos, code, message));
      else
        this.errors.push(new YAMLParseError(pos, code, message));
    };
    this.directives = new Directives({ version: options.version || "1.2" });
    this.options = options;
  }
  decorate(doc, afterDoc) {
    const { comment, afterEmptyLine } = parsePrelude(this.prelude);
    if (comment) {
      const dc = doc.contents;
      if (afterDoc) {
        doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
      } else if (afterEmptyLine || doc.directives.docStart || !dc) {
        doc.commentBefore = comment;
      } else if (isCollection(dc) && !dc.flow && dc.items.length > 0) {
        let it = dc.items[0];
        if (isPair(it))
          it = it.key;
        const cb = it.commentBefore;
        it.commentBefore = cb ? `${comment}
${cb}` : comment;
      } else {
        const cb = dc.commentBefore;
        dc.commentBefore = cb ? `${comment}
${cb}` : comment;
      }
    }
    if (afterDoc) {
      for (let i = 0; i < this.errors.length; ++i)
        doc.errors.push(this.errors[i]);
      for (let i = 0; i < this.warnings.length; ++i)
        doc.warnings.push(this.warnings[i]);
    } else {
      doc.errors = this.errors;
      doc.warnings = this.warnings;
    }
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
  }
  /**
   * Current stream status information.
   *
   * Mostly useful at the end of input for an empty stream.
   */
  streamInfo() {
    return {
      comment: parsePrelude(this.prelude).comment,
      directives: this.directives,
      errors: this.errors,
      warnings: this.warnings
    };
  }
  /**
   * Compose tokens into documents.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *compose(tokens, forceDoc = false, endOffset = -1) {
    for (const token of tokens)
      yield* this.next(token);
    yield* this.end(forceDoc, endOffset);
  }
  /** Advance the composer by one CST token. */
  *next(token) {
    switch (token.type) {
      case "directive":
        this.directives.add(token.source, (offset, message, warning) => {
          const pos = getErrorPos(token);
          pos[0] += offset;
          this.onError(pos, "BAD_DIRECTIVE", message, warning);
        });
        this.prelude.push(token.source);
        this.atDirectives = true;
        break;
      case "document": {
        const doc = composeDoc(this.options, this.directives, token, this.onError);
        if (this.atDirectives && !doc.directives.docStart)
          this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
        this.decorate(doc, false);
        if (this.doc)
          yield this.doc;
        this.doc = doc;
        this.atDirectives = false;
        break;
      }
      case "byte-order-mark":
      case "space":
        break;
      case "comment":
      case "newline":
        this.prelude.push(token.source);
        break;
      case "error": {
        const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
        const error = new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
        if (this.atDirectives || !this.doc)
          this.errors.push(error);
        else
          this.doc.errors.push(error);
        break;
      }
      case "doc-end": {
        if (!this.doc) {
          const msg = "Unexpected doc-end without preceding document";
          this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
          break;
        }
        this.doc.directives.docEnd = true;
        const end = resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
        this.decorate(this.doc, true);
        if (end.comment) {
          const dc = this.doc.comment;
          this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
        }
        this.doc.range[2] = end.offset;
        break;
      }
      default:
        this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
    }
  }
  /**
   * Call at end of input to yield any remaining document.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *end(forceDoc = false, endOffset = -1) {
    if (this.doc) {
      this.decorate(this.doc, true);
      yield this.doc;
      this.doc = null;
    } else if (forceDoc) {
      const opts = Object.assign({ _directives: this.directives }, this.options);
      const doc = new Document(void 0, opts);
      if (this.atDirectives)
        this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
      doc.range = [0, endOffset, endOffset];
      this.decorate(doc, false);
      yield doc;
    }
  }
};

// node_modules/yaml/browser/dist/parse/cst-visit.js
var BREAK2 = /* @__PURE__ */ Symbol("break visit");
var SKIP2 = /* @__PURE__ */ Symbol("skip children");
var REMOVE2 = /* @__PURE__ */ Symbol("remove item");
function visit3(cst, visitor) {
  if ("type" in cst && cst.type === "document")
    cst = { start: cst.start, value: cst.value };
  _visit(Object.freeze([]), cst, visitor);
}
visit3.BREAK = BREAK2;
visit3.SKIP = SKIP2;
visit3.REMOVE = REMOVE2;
visit3.itemAtPath = (cst, path) => {
  let item = cst;
  for (const [field, index] of path) {
    const tok = item?.[field];
    if (tok && "items" in tok) {
      item = tok.items[index];
    } else
      return void 0;
  }
  return item;
};
visit3.parentCollection = (cst, path) => {
  const parent = visit3.itemAtPath(cst, path.slice(0, -1));
  const field = path[path.length - 1][0];
  const coll = parent?.[field];
  if (coll && "items" in coll)
    return coll;
  throw new Error("Parent collection not found");
};
function _visit(path, item, visitor) {
  let ctrl = visitor(item, path);
  if (typeof ctrl === "symbol")
    return ctrl;
  for (const field of ["key", "value"]) {
    const token = item[field];
    if (token && "items" in token) {
      for (let i = 0; i < token.items.length; ++i) {
        const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK2)
          return BREAK2;
        else if (ci === REMOVE2) {
          token.items.splice(i, 1);
          i -= 1;
        }
      }
      if (typeof ctrl === "function" && field === "key")
        ctrl = ctrl(item, path);
    }
  }
  return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
}

// node_modules/yaml/browser/dist/parse/cst.js
var BOM = "\uFEFF";
var DOCUMENT = "";
var FLOW_END = "";
var SCALAR2 = "";
function tokenType(source) {
  switch (source) {
    case BOM:
      return "byte-order-mark";
    case DOCUMENT:
      return "doc-mode";
    case FLOW_END:
      return "flow-error-end";
    case SCALAR2:
      return "scalar";
    case "---":
      return "doc-start";
    case "...":
      return "doc-end";
    case "":
    case "\n":
    case "\r\n":
      return "newline";
    case "-":
      return "seq-item-ind";
    case "?":
      return "explicit-key-ind";
    case ":":
      return "map-value-ind";
    case "{":
      return "flow-map-start";
    case "}":
      return "flow-map-end";
    case "[":
      return "flow-seq-start";
    case "]":
      return "flow-seq-end";
    case ",":
      return "comma";
  }
  switch (source[0]) {
    case " ":
    case "	":
      return "space";
    case "#":
      return "comment";
    case "%":
      return "directive-line";
    case "*":
      return "alias";
    case "&":
      return "anchor";
    case "!":
      return "tag";
    case "'":
      return "single-quoted-scalar";
    case '"':
      return "double-quoted-scalar";
    case "|":
    case ">":
      return "block-scalar-header";
  }
  return null;
}

// node_modules/yaml/browser/dist/parse/lexer.js
function isEmpty(ch) {
  switch (ch) {
    case void 0:
    case " ":
    case "\n":
    case "\r":
    case "	":
      return true;
    default:
      return false;
  }
}
var hexDigits = new Set("0123456789ABCDEFabcdef");
var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
var flowIndicatorChars = new Set(",[]{}");
var invalidAnchorChars = new Set(" ,[]{}\n\r	");
var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
var Lexer = class {
  constructor() {
    this.atEnd = false;
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    this.buffer = "";
    this.flowKey = false;
    this.flowLevel = 0;
    this.indentNext = 0;
    this.indentValue = 0;
    this.lineEndPos = null;
    this.next = null;
    this.pos = 0;
  }
  /**
   * Generate YAML tokens from the `source` string. If `incomplete`,
   * a part of the last line may be left as a buffer for the next call.
   *
   * @returns A generator of lexical tokens
   */
  *lex(source, incomplete = false) {
    if (source) {
      if (typeof source !== "string")
        throw TypeError("source is not a string");
      this.buffer = this.buffer ? this.buffer + source : source;
      this.lineEndPos = null;
    }
    this.atEnd = !incomplete;
    let next = this.next ?? "stream";
    while (next && (incomplete || this.hasChars(1)))
      next = yield* this.parseNext(next);
  }
  atLineEnd() {
    let i = this.pos;
    let ch = this.buffer[i];
    while (ch === " " || ch === "	")
      ch = this.buffer[++i];
    if (!ch || ch === "#" || ch === "\n")
      return true;
    if (ch === "\r")
      return this.buffer[i + 1] === "\n";
    return false;
  }
  charAt(n) {
    return this.buffer[this.pos + n];
  }
  continueScalar(offset) {
    let ch = this.buffer[offset];
    if (this.indentNext > 0) {
      let indent = 0;
      while (ch === " ")
        ch = this.buffer[++indent + offset];
      if (ch === "\r") {
        const next = this.buffer[indent + offset + 1];
        if (next === "\n" || !next && !this.atEnd)
          return offset + indent + 1;
      }
      return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
    }
    if (ch === "-" || ch === ".") {
      const dt = this.buffer.substr(offset, 3);
      if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
        return -1;
    }
    return offset;
  }
  getLine() {
    let end = this.lineEndPos;
    if (typeof end !== "number" || end !== -1 && end < this.pos) {
      end = this.buffer.indexOf("\n", this.pos);
      this.lineEndPos = end;
    }
    if (end === -1)
      return this.atEnd ? this.buffer.substring(this.pos) : null;
    if (this.buffer[end - 1] === "\r")
      end -= 1;
    return this.buffer.substring(this.pos, end);
  }
  hasChars(n) {
    return this.pos + n <= this.buffer.length;
  }
  setNext(state) {
    this.buffer = this.buffer.substring(this.pos);
    this.pos = 0;
    this.lineEndPos = null;
    this.next = state;
    return null;
  }
  peek(n) {
    return this.buffer.substr(this.pos, n);
  }
  *parseNext(next) {
    switch (next) {
      case "stream":
        return yield* this.parseStream();
      case "line-start":
        return yield* this.parseLineStart();
      case "block-start":
        return yield* this.parseBlockStart();
      case "doc":
        return yield* this.parseDocument();
      case "flow":
        return yield* this.parseFlowCollection();
      case "quoted-scalar":
        return yield* this.parseQuotedScalar();
      case "block-scalar":
        return yield* this.parseBlockScalar();
      case "plain-scalar":
        return yield* this.parsePlainScalar();
    }
  }
  *parseStream() {
    let line = this.getLine();
    if (line === null)
      return this.setNext("stream");
    if (line[0] === BOM) {
      yield* this.pushCount(1);
      line = line.substring(1);
    }
    if (line[0] === "%") {
      let dirEnd = line.length;
      let cs = line.indexOf("#");
      while (cs !== -1) {
        const ch = line[cs - 1];
        if (ch === " " || ch === "	") {
          dirEnd = cs - 1;
          break;
        } else {
          cs = line.indexOf("#", cs + 1);
        }
      }
      while (true) {
        const ch = line[dirEnd - 1];
        if (ch === " " || ch === "	")
          dirEnd -= 1;
        else
          break;
      }
      const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
      yield* this.pushCount(line.length - n);
      this.pushNewline();
      return "stream";
    }
    if (this.atLineEnd()) {
      const sp = yield* this.pushSpaces(true);
      yield* this.pushCount(line.length - sp);
      yield* this.pushNewline();
      return "stream";
    }
    yield DOCUMENT;
    return yield* this.parseLineStart();
  }
  *parseLineStart() {
    const ch = this.charAt(0);
    if (!ch && !this.atEnd)
      return this.setNext("line-start");
    if (ch === "-" || ch === ".") {
      if (!this.atEnd && !this.hasChars(4))
        return this.setNext("line-start");
      const s = this.peek(3);
      if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
        yield* this.pushCount(3);
        this.indentValue = 0;
        this.indentNext = 0;
        return s === "---" ? "doc" : "stream";
      }
    }
    this.indentValue = yield* this.pushSpaces(false);
    if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
      this.indentNext = this.indentValue;
    return yield* this.parseBlockStart();
  }
  *parseBlockStart() {
    const [ch0, ch1] = this.peek(2);
    if (!ch1 && !this.atEnd)
      return this.setNext("block-start");
    if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
      const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
      this.indentNext = this.indentValue + 1;
      this.indentValue += n;
      return "block-start";
    }
    return "doc";
  }
  *parseDocument() {
    yield* this.pushSpaces(true);
    const line = this.getLine();
    if (line === null)
      return this.setNext("doc");
    let n = yield* this.pushIndicators();
    switch (line[n]) {
      case "#":
        yield* this.pushCount(line.length - n);
      // fallthrough
      case void 0:
        yield* this.pushNewline();
        return yield* this.parseLineStart();
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel = 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        return "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "doc";
      case '"':
      case "'":
        return yield* this.parseQuotedScalar();
      case "|":
      case ">":
        n += yield* this.parseBlockScalarHeader();
        n += yield* this.pushSpaces(true);
        yield* this.pushCount(line.length - n);
        yield* this.pushNewline();
        return yield* this.parseBlockScalar();
      default:
        return yield* this.parsePlainScalar();
    }
  }
  *parseFlowCollection() {
    let nl, sp;
    let indent = -1;
    do {
      nl = yield* this.pushNewline();
      if (nl > 0) {
        sp = yield* this.pushSpaces(false);
        this.indentValue = indent = sp;
      } else {
        sp = 0;
      }
      sp += yield* this.pushSpaces(true);
    } while (nl + sp > 0);
    const line = this.getLine();
    if (line === null)
      return this.setNext("flow");
    if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
      const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
      if (!atFlowEndMarker) {
        this.flowLevel = 0;
        yield FLOW_END;
        return yield* this.parseLineStart();
      }
    }
    let n = 0;
    while (line[n] === ",") {
      n += yield* this.pushCount(1);
      n += yield* this.pushSpaces(true);
      this.flowKey = false;
    }
    n += yield* this.pushIndicators();
    switch (line[n]) {
      case void 0:
        return "flow";
      case "#":
        yield* this.pushCount(line.length - n);
        return "flow";
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel += 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        this.flowKey = true;
        this.flowLevel -= 1;
        return this.flowLevel ? "flow" : "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "flow";
      case '"':
      case "'":
        this.flowKey = true;
        return yield* this.parseQuotedScalar();
      case ":": {
        const next = this.charAt(1);
        if (this.flowKey || isEmpty(next) || next === ",") {
          this.flowKey = false;
          yield* this.pushCount(1);
          yield* this.pushSpaces(true);
          return "flow";
        }
      }
      // fallthrough
      default:
        this.flowKey = false;
        return yield* this.parsePlainScalar();
    }
  }
  *parseQuotedScalar() {
    const quote = this.charAt(0);
    let end = this.buffer.indexOf(quote, this.pos + 1);
    if (quote === "'") {
      while (end !== -1 && this.buffer[end + 1] === "'")
        end = this.buffer.indexOf("'", end + 2);
    } else {
      while (end !== -1) {
        let n = 0;
        while (this.buffer[end - 1 - n] === "\\")
          n += 1;
        if (n % 2 === 0)
          break;
        end = this.buffer.indexOf('"', end + 1);
      }
    }
    const qb = this.buffer.substring(0, end);
    let nl = qb.indexOf("\n", this.pos);
    if (nl !== -1) {
      while (nl !== -1) {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = qb.indexOf("\n", cs);
      }
      if (nl !== -1) {
        end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
      }
    }
    if (end === -1) {
      if (!this.atEnd)
        return this.setNext("quoted-scalar");
      end = this.buffer.length;
    }
    yield* this.pushToIndex(end + 1, false);
    return this.flowLevel ? "flow" : "doc";
  }
  *parseBlockScalarHeader() {
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    let i = this.pos;
    while (true) {
      const ch = this.buffer[++i];
      if (ch === "+")
        this.blockScalarKeep = true;
      else if (ch > "0" && ch <= "9")
        this.blockScalarIndent = Number(ch) - 1;
      else if (ch !== "-")
        break;
    }
    return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
  }
  *parseBlockScalar() {
    let nl = this.pos - 1;
    let indent = 0;
    let ch;
    loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
      switch (ch) {
        case " ":
          indent += 1;
          break;
        case "\n":
          nl = i2;
          indent = 0;
          break;
        case "\r": {
          const next = this.buffer[i2 + 1];
          if (!next && !this.atEnd)
            return this.setNext("block-scalar");
          if (next === "\n")
            break;
        }
        // fallthrough
        default:
          break loop;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("block-scalar");
    if (indent >= this.indentNext) {
      if (this.blockScalarIndent === -1)
        this.indentNext = indent;
      else {
        this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
      }
      do {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = this.buffer.indexOf("\n", cs);
      } while (nl !== -1);
      if (nl === -1) {
        if (!this.atEnd)
          return this.setNext("block-scalar");
        nl = this.buffer.length;
      }
    }
    let i = nl + 1;
    ch = this.buffer[i];
    while (ch === " ")
      ch = this.buffer[++i];
    if (ch === "	") {
      while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
        ch = this.buffer[++i];
      nl = i - 1;
    } else if (!this.blockScalarKeep) {
      do {
        let i2 = nl - 1;
        let ch2 = this.buffer[i2];
        if (ch2 === "\r")
          ch2 = this.buffer[--i2];
        const lastChar = i2;
        while (ch2 === " ")
          ch2 = this.buffer[--i2];
        if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
          nl = i2;
        else
          break;
      } while (true);
    }
    yield SCALAR2;
    yield* this.pushToIndex(nl + 1, true);
    return yield* this.parseLineStart();
  }
  *parsePlainScalar() {
    const inFlow = this.flowLevel > 0;
    let end = this.pos - 1;
    let i = this.pos - 1;
    let ch;
    while (ch = this.buffer[++i]) {
      if (ch === ":") {
        const next = this.buffer[i + 1];
        if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
          break;
        end = i;
      } else if (isEmpty(ch)) {
        let next = this.buffer[i + 1];
        if (ch === "\r") {
          if (next === "\n") {
            i += 1;
            ch = "\n";
            next = this.buffer[i + 1];
          } else
            end = i;
        }
        if (next === "#" || inFlow && flowIndicatorChars.has(next))
          break;
        if (ch === "\n") {
          const cs = this.continueScalar(i + 1);
          if (cs === -1)
            break;
          i = Math.max(i, cs - 2);
        }
      } else {
        if (inFlow && flowIndicatorChars.has(ch))
          break;
        end = i;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("plain-scalar");
    yield SCALAR2;
    yield* this.pushToIndex(end + 1, true);
    return inFlow ? "flow" : "doc";
  }
  *pushCount(n) {
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos += n;
      return n;
    }
    return 0;
  }
  *pushToIndex(i, allowEmpty) {
    const s = this.buffer.slice(this.pos, i);
    if (s) {
      yield s;
      this.pos += s.length;
      return s.length;
    } else if (allowEmpty)
      yield "";
    return 0;
  }
  *pushIndicators() {
    let n = 0;
    loop: while (true) {
      switch (this.charAt(0)) {
        case "!":
          n += yield* this.pushTag();
          n += yield* this.pushSpaces(true);
          continue loop;
        case "&":
          n += yield* this.pushUntil(isNotAnchorChar);
          n += yield* this.pushSpaces(true);
          continue loop;
        case "-":
        // this is an error
        case "?":
        // this is an error outside flow collections
        case ":": {
          const inFlow = this.flowLevel > 0;
          const ch1 = this.charAt(1);
          if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
            if (!inFlow)
              this.indentNext = this.indentValue + 1;
            else if (this.flowKey)
              this.flowKey = false;
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            continue loop;
          }
        }
      }
      break loop;
    }
    return n;
  }
  *pushTag() {
    if (this.charAt(1) === "<") {
      let i = this.pos + 2;
      let ch = this.buffer[i];
      while (!isEmpty(ch) && ch !== ">")
        ch = this.buffer[++i];
      return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
    } else {
      let i = this.pos + 1;
      let ch = this.buffer[i];
      while (ch) {
        if (tagChars.has(ch))
          ch = this.buffer[++i];
        else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
          ch = this.buffer[i += 3];
        } else
          break;
      }
      return yield* this.pushToIndex(i, false);
    }
  }
  *pushNewline() {
    const ch = this.buffer[this.pos];
    if (ch === "\n")
      return yield* this.pushCount(1);
    else if (ch === "\r" && this.charAt(1) === "\n")
      return yield* this.pushCount(2);
    else
      return 0;
  }
  *pushSpaces(allowTabs) {
    let i = this.pos - 1;
    let ch;
    do {
      ch = this.buffer[++i];
    } while (ch === " " || allowTabs && ch === "	");
    const n = i - this.pos;
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos = i;
    }
    return n;
  }
  *pushUntil(test) {
    let i = this.pos;
    let ch = this.buffer[i];
    while (!test(ch))
      ch = this.buffer[++i];
    return yield* this.pushToIndex(i, false);
  }
};

// node_modules/yaml/browser/dist/parse/parser.js
function includesToken(list, type) {
  for (let i = 0; i < list.length; ++i)
    if (list[i].type === type)
      return true;
  return false;
}
function findNonEmptyIndex(list) {
  for (let i = 0; i < list.length; ++i) {
    switch (list[i].type) {
      case "space":
      case "comment":
      case "newline":
        break;
      default:
        return i;
    }
  }
  return -1;
}
function isFlowToken(token) {
  switch (token?.type) {
    case "alias":
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "flow-collection":
      return true;
    default:
      return false;
  }
}
function getPrevProps(parent) {
  switch (parent.type) {
    case "document":
      return parent.start;
    case "block-map": {
      const it = parent.items[parent.items.length - 1];
      return it.sep ?? it.start;
    }
    case "block-seq":
      return parent.items[parent.items.length - 1].start;
    /* istanbul ignore next should not happen */
    default:
      return [];
  }
}
function getFirstKeyStartProps(prev) {
  if (prev.length === 0)
    return [];
  let i = prev.length;
  loop: while (--i >= 0) {
    switch (prev[i].type) {
      case "doc-start":
      case "explicit-key-ind":
      case "map-value-ind":
      case "seq-item-ind":
      case "newline":
        break loop;
    }
  }
  while (prev[++i]?.type === "space") {
  }
  return prev.splice(i, prev.length);
}
function arrayPushArray(target2, source) {
  if (source.length < 1e5)
    Array.prototype.push.apply(target2, source);
  else
    for (let i = 0; i < source.length; ++i)
      target2.push(source[i]);
}
function fixFlowSeqItems(fc) {
  if (fc.start.type === "flow-seq-start") {
    for (const it of fc.items) {
      if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
        if (it.key)
          it.value = it.key;
        delete it.key;
        if (isFlowToken(it.value)) {
          if (it.value.end)
            arrayPushArray(it.value.end, it.sep);
          else
            it.value.end = it.sep;
        } else
          arrayPushArray(it.start, it.sep);
        delete it.sep;
      }
    }
  }
}
var Parser2 = class {
  /**
   * @param onNewLine - If defined, called separately with the start position of
   *   each new line (in `parse()`, including the start of input).
   */
  constructor(onNewLine) {
    this.atNewLine = true;
    this.atScalar = false;
    this.indent = 0;
    this.offset = 0;
    this.onKeyLine = false;
    this.stack = [];
    this.source = "";
    this.type = "";
    this.lexer = new Lexer();
    this.onNewLine = onNewLine;
  }
  /**
   * Parse `source` as a YAML stream.
   * If `incomplete`, a part of the last line may be left as a buffer for the next call.
   *
   * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
   *
   * @returns A generator of tokens representing each directive, document, and other structure.
   */
  *parse(source, incomplete = false) {
    if (this.onNewLine && this.offset === 0)
      this.onNewLine(0);
    for (const lexeme of this.lexer.lex(source, incomplete))
      yield* this.next(lexeme);
    if (!incomplete)
      yield* this.end();
  }
  /**
   * Advance the parser by the `source` of one lexical token.
   */
  *next(source) {
    this.source = source;
    if (this.atScalar) {
      this.atScalar = false;
      yield* this.step();
      this.offset += source.length;
      return;
    }
    const type = tokenType(source);
    if (!type) {
      const message = `Not a YAML token: ${source}`;
      yield* this.pop({ type: "error", offset: this.offset, message, source });
      this.offset += source.length;
    } else if (type === "scalar") {
      this.atNewLine = false;
      this.atScalar = true;
      this.type = "scalar";
    } else {
      this.type = type;
      yield* this.step();
      switch (type) {
        case "newline":
          this.atNewLine = true;
          this.indent = 0;
          if (this.onNewLine)
            this.onNewLine(this.offset + source.length);
          break;
        case "space":
          if (this.atNewLine && source[0] === " ")
            this.indent += source.length;
          break;
        case "explicit-key-ind":
        case "map-value-ind":
        case "seq-item-ind":
          if (this.atNewLine)
            this.indent += source.length;
          break;
        case "doc-mode":
        case "flow-error-end":
          return;
        default:
          this.atNewLine = false;
      }
      this.offset += source.length;
    }
  }
  /** Call at end of input to push out any remaining constructions */
  *end() {
    while (this.stack.length > 0)
      yield* this.pop();
  }
  get sourceToken() {
    const st = {
      type: this.type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
    return st;
  }
  *step() {
    const top = this.peek(1);
    if (this.type === "doc-end" && top?.type !== "doc-end") {
      while (this.stack.length > 0)
        yield* this.pop();
      this.stack.push({
        type: "doc-end",
        offset: this.offset,
        source: this.source
      });
      return;
    }
    if (!top)
      return yield* this.stream();
    switch (top.type) {
      case "document":
        return yield* this.document(top);
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return yield* this.scalar(top);
      case "block-scalar":
        return yield* this.blockScalar(top);
      case "block-map":
        return yield* this.blockMap(top);
      case "block-seq":
        return yield* this.blockSequence(top);
      case "flow-collection":
        return yield* this.flowCollection(top);
      case "doc-end":
        return yield* this.documentEnd(top);
    }
    yield* this.pop();
  }
  peek(n) {
    return this.stack[this.stack.length - n];
  }
  *pop(error) {
    const token = error ?? this.stack.pop();
    if (!token) {
      const message = "Tried to pop an empty stack";
      yield { type: "error", offset: this.offset, source: "", message };
    } else if (this.stack.length === 0) {
      yield token;
    } else {
      const top = this.peek(1);
      if (token.type === "block-scalar") {
        token.indent = "indent" in top ? top.indent : 0;
      } else if (token.type === "flow-collection" && top.type === "document") {
        token.indent = 0;
      }
      if (token.type === "flow-collection")
        fixFlowSeqItems(token);
      switch (top.type) {
        case "document":
          top.value = token;
          break;
        case "block-scalar":
          top.props.push(token);
          break;
        case "block-map": {
          const it = top.items[top.items.length - 1];
          if (it.value) {
            top.items.push({ start: [], key: token, sep: [] });
            this.onKeyLine = true;
            return;
          } else if (it.sep) {
            it.value = token;
          } else {
            Object.assign(it, { key: token, sep: [] });
            this.onKeyLine = !it.explicitKey;
            return;
          }
          break;
        }
        case "block-seq": {
          const it = top.items[top.items.length - 1];
          if (it.value)
            top.items.push({ start: [], value: token });
          else
            it.value = token;
          break;
        }
        case "flow-collection": {
          const it = top.items[top.items.length - 1];
          if (!it || it.value)
            top.items.push({ start: [], key: token, sep: [] });
          else if (it.sep)
            it.value = token;
          else
            Object.assign(it, { key: token, sep: [] });
          return;
        }
        /* istanbul ignore next should not happen */
        default:
          yield* this.pop();
          yield* this.pop(token);
      }
      if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
        const last = token.items[token.items.length - 1];
        if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
          if (top.type === "document")
            top.end = last.start;
          else
            top.items.push({ start: last.start });
          token.items.splice(-1, 1);
        }
      }
    }
  }
  *stream() {
    switch (this.type) {
      case "directive-line":
        yield { type: "directive", offset: this.offset, source: this.source };
        return;
      case "byte-order-mark":
      case "space":
      case "comment":
      case "newline":
        yield this.sourceToken;
        return;
      case "doc-mode":
      case "doc-start": {
        const doc = {
          type: "document",
          offset: this.offset,
          start: []
        };
        if (this.type === "doc-start")
          doc.start.push(this.sourceToken);
        this.stack.push(doc);
        return;
      }
    }
    yield {
      type: "error",
      offset: this.offset,
      message: `Unexpected ${this.type} token in YAML stream`,
      source: this.source
    };
  }
  *document(doc) {
    if (doc.value)
      return yield* this.lineEnd(doc);
    switch (this.type) {
      case "doc-start": {
        if (findNonEmptyIndex(doc.start) !== -1) {
          yield* this.pop();
          yield* this.step();
        } else
          doc.start.push(this.sourceToken);
        return;
      }
      case "anchor":
      case "tag":
      case "space":
      case "comment":
      case "newline":
        doc.start.push(this.sourceToken);
        return;
    }
    const bv = this.startBlockValue(doc);
    if (bv)
      this.stack.push(bv);
    else {
      yield {
        type: "error",
        offset: this.offset,
        message: `Unexpected ${this.type} token in YAML document`,
        source: this.source
      };
    }
  }
  *scalar(scalar) {
    if (this.type === "map-value-ind") {
      const prev = getPrevProps(this.peek(2));
      const start = getFirstKeyStartProps(prev);
      let sep;
      if (scalar.end) {
        sep = scalar.end;
        sep.push(this.sourceToken);
        delete scalar.end;
      } else
        sep = [this.sourceToken];
      const map2 = {
        type: "block-map",
        offset: scalar.offset,
        indent: scalar.indent,
        items: [{ start, key: scalar, sep }]
      };
      this.onKeyLine = true;
      this.stack[this.stack.length - 1] = map2;
    } else
      yield* this.lineEnd(scalar);
  }
  *blockScalar(scalar) {
    switch (this.type) {
      case "space":
      case "comment":
      case "newline":
        scalar.props.push(this.sourceToken);
        return;
      case "scalar":
        scalar.source = this.source;
        this.atNewLine = true;
        this.indent = 0;
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        yield* this.pop();
        break;
      /* istanbul ignore next should not happen */
      default:
        yield* this.pop();
        yield* this.step();
    }
  }
  *blockMap(map2) {
    const it = map2.items[map2.items.length - 1];
    switch (this.type) {
      case "newline":
        this.onKeyLine = false;
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          it.start.push(this.sourceToken);
        }
        return;
      case "space":
      case "comment":
        if (it.value) {
          map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          if (this.atIndentedComment(it.start, map2.indent)) {
            const prev = map2.items[map2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              map2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
    }
    if (this.indent >= map2.indent) {
      const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
      const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
      let start = [];
      if (atNextItem && it.sep && !it.value) {
        const nl = [];
        for (let i = 0; i < it.sep.length; ++i) {
          const st = it.sep[i];
          switch (st.type) {
            case "newline":
              nl.push(i);
              break;
            case "space":
              break;
            case "comment":
              if (st.indent > map2.indent)
                nl.length = 0;
              break;
            default:
              nl.length = 0;
          }
        }
        if (nl.length >= 2)
          start = it.sep.splice(nl[1]);
      }
      switch (this.type) {
        case "anchor":
        case "tag":
          if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start });
            this.onKeyLine = true;
          } else if (it.sep) {
            it.sep.push(this.sourceToken);
          } else {
            it.start.push(this.sourceToken);
          }
          return;
        case "explicit-key-ind":
          if (!it.sep && !it.explicitKey) {
            it.start.push(this.sourceToken);
            it.explicitKey = true;
          } else if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start, explicitKey: true });
          } else {
            this.stack.push({
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken], explicitKey: true }]
            });
          }
          this.onKeyLine = true;
          return;
        case "map-value-ind":
          if (it.explicitKey) {
            if (!it.sep) {
              if (includesToken(it.start, "newline")) {
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              } else {
                const start2 = getFirstKeyStartProps(it.start);
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                });
              }
            } else if (it.value) {
              map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start, key: null, sep: [this.sourceToken] }]
              });
            } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
              const start2 = getFirstKeyStartProps(it.start);
              const key = it.key;
              const sep = it.sep;
              sep.push(this.sourceToken);
              delete it.key;
              delete it.sep;
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: start2, key, sep }]
              });
            } else if (start.length > 0) {
              it.sep = it.sep.concat(start, this.sourceToken);
            } else {
              it.sep.push(this.sourceToken);
            }
          } else {
            if (!it.sep) {
              Object.assign(it, { key: null, sep: [this.sourceToken] });
            } else if (it.value || atNextItem) {
              map2.items.push({ start, key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [], key: null, sep: [this.sourceToken] }]
              });
            } else {
              it.sep.push(this.sourceToken);
            }
          }
          this.onKeyLine = true;
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs = this.flowScalar(this.type);
          if (atNextItem || it.value) {
            map2.items.push({ start, key: fs, sep: [] });
            this.onKeyLine = true;
          } else if (it.sep) {
            this.stack.push(fs);
          } else {
            Object.assign(it, { key: fs, sep: [] });
            this.onKeyLine = true;
          }
          return;
        }
        default: {
          const bv = this.startBlockValue(map2);
          if (bv) {
            if (bv.type === "block-seq") {
              if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                yield* this.pop({
                  type: "error",
                  offset: this.offset,
                  message: "Unexpected block-seq-ind on same line with key",
                  source: this.source
                });
                return;
              }
            } else if (atMapIndent) {
              map2.items.push({ start });
            }
            this.stack.push(bv);
            return;
          }
        }
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *blockSequence(seq2) {
    const it = seq2.items[seq2.items.length - 1];
    switch (this.type) {
      case "newline":
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            seq2.items.push({ start: [this.sourceToken] });
        } else
          it.start.push(this.sourceToken);
        return;
      case "space":
      case "comment":
        if (it.value)
          seq2.items.push({ start: [this.sourceToken] });
        else {
          if (this.atIndentedComment(it.start, seq2.indent)) {
            const prev = seq2.items[seq2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              seq2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
      case "anchor":
      case "tag":
        if (it.value || this.indent <= seq2.indent)
          break;
        it.start.push(this.sourceToken);
        return;
      case "seq-item-ind":
        if (this.indent !== seq2.indent)
          break;
        if (it.value || includesToken(it.start, "seq-item-ind"))
          seq2.items.push({ start: [this.sourceToken] });
        else
          it.start.push(this.sourceToken);
        return;
    }
    if (this.indent > seq2.indent) {
      const bv = this.startBlockValue(seq2);
      if (bv) {
        this.stack.push(bv);
        return;
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *flowCollection(fc) {
    const it = fc.items[fc.items.length - 1];
    if (this.type === "flow-error-end") {
      let top;
      do {
        yield* this.pop();
        top = this.peek(1);
      } while (top?.type === "flow-collection");
    } else if (fc.end.length === 0) {
      switch (this.type) {
        case "comma":
        case "explicit-key-ind":
          if (!it || it.sep)
            fc.items.push({ start: [this.sourceToken] });
          else
            it.start.push(this.sourceToken);
          return;
        case "map-value-ind":
          if (!it || it.value)
            fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            Object.assign(it, { key: null, sep: [this.sourceToken] });
          return;
        case "space":
        case "comment":
        case "newline":
        case "anchor":
        case "tag":
          if (!it || it.value)
            fc.items.push({ start: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            it.start.push(this.sourceToken);
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs = this.flowScalar(this.type);
          if (!it || it.value)
            fc.items.push({ start: [], key: fs, sep: [] });
          else if (it.sep)
            this.stack.push(fs);
          else
            Object.assign(it, { key: fs, sep: [] });
          return;
        }
        case "flow-map-end":
        case "flow-seq-end":
          fc.end.push(this.sourceToken);
          return;
      }
      const bv = this.startBlockValue(fc);
      if (bv)
        this.stack.push(bv);
      else {
        yield* this.pop();
        yield* this.step();
      }
    } else {
      const parent = this.peek(2);
      if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
        yield* this.pop();
        yield* this.step();
      } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        fixFlowSeqItems(fc);
        const sep = fc.end.splice(1, fc.end.length);
        sep.push(this.sourceToken);
        const map2 = {
          type: "block-map",
          offset: fc.offset,
          indent: fc.indent,
          items: [{ start, key: fc, sep }]
        };
        this.onKeyLine = true;
        this.stack[this.stack.length - 1] = map2;
      } else {
        yield* this.lineEnd(fc);
      }
    }
  }
  flowScalar(type) {
    if (this.onNewLine) {
      let nl = this.source.indexOf("\n") + 1;
      while (nl !== 0) {
        this.onNewLine(this.offset + nl);
        nl = this.source.indexOf("\n", nl) + 1;
      }
    }
    return {
      type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
  }
  startBlockValue(parent) {
    switch (this.type) {
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return this.flowScalar(this.type);
      case "block-scalar-header":
        return {
          type: "block-scalar",
          offset: this.offset,
          indent: this.indent,
          props: [this.sourceToken],
          source: ""
        };
      case "flow-map-start":
      case "flow-seq-start":
        return {
          type: "flow-collection",
          offset: this.offset,
          indent: this.indent,
          start: this.sourceToken,
          items: [],
          end: []
        };
      case "seq-item-ind":
        return {
          type: "block-seq",
          offset: this.offset,
          indent: this.indent,
          items: [{ start: [this.sourceToken] }]
        };
      case "explicit-key-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        start.push(this.sourceToken);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, explicitKey: true }]
        };
      }
      case "map-value-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, key: null, sep: [this.sourceToken] }]
        };
      }
    }
    return null;
  }
  atIndentedComment(start, indent) {
    if (this.type !== "comment")
      return false;
    if (this.indent <= indent)
      return false;
    return start.every((st) => st.type === "newline" || st.type === "space");
  }
  *documentEnd(docEnd) {
    if (this.type !== "doc-mode") {
      if (docEnd.end)
        docEnd.end.push(this.sourceToken);
      else
        docEnd.end = [this.sourceToken];
      if (this.type === "newline")
        yield* this.pop();
    }
  }
  *lineEnd(token) {
    switch (this.type) {
      case "comma":
      case "doc-start":
      case "doc-end":
      case "flow-seq-end":
      case "flow-map-end":
      case "map-value-ind":
        yield* this.pop();
        yield* this.step();
        break;
      case "newline":
        this.onKeyLine = false;
      // fallthrough
      case "space":
      case "comment":
      default:
        if (token.end)
          token.end.push(this.sourceToken);
        else
          token.end = [this.sourceToken];
        if (this.type === "newline")
          yield* this.pop();
    }
  }
};

// node_modules/yaml/browser/dist/public-api.js
function parseOptions2(options) {
  const prettyErrors = options.prettyErrors !== false;
  const lineCounter = options.lineCounter || prettyErrors && new LineCounter() || null;
  return { lineCounter, prettyErrors };
}
function parseAllDocuments(source, options = {}) {
  const { lineCounter, prettyErrors } = parseOptions2(options);
  const parser2 = new Parser2(lineCounter?.addNewLine);
  const composer = new Composer(options);
  const docs = Array.from(composer.compose(parser2.parse(source)));
  if (prettyErrors && lineCounter)
    for (const doc of docs) {
      doc.errors.forEach(prettifyError(source, lineCounter));
      doc.warnings.forEach(prettifyError(source, lineCounter));
    }
  if (docs.length > 0)
    return docs;
  return Object.assign([], { empty: true }, composer.streamInfo());
}
function parseDocument(source, options = {}) {
  const { lineCounter, prettyErrors } = parseOptions2(options);
  const parser2 = new Parser2(lineCounter?.addNewLine);
  const composer = new Composer(options);
  let doc = null;
  for (const _doc of composer.compose(parser2.parse(source), true, source.length)) {
    if (!doc)
      doc = _doc;
    else if (doc.options.logLevel !== "silent") {
      doc.errors.push(new YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
      break;
    }
  }
  if (prettyErrors && lineCounter) {
    doc.errors.forEach(prettifyError(source, lineCounter));
    doc.warnings.forEach(prettifyError(source, lineCounter));
  }
  return doc;
}
function parse(src, reviver, options) {
  let _reviver = void 0;
  if (typeof reviver === "function") {
    _reviver = reviver;
  } else if (options === void 0 && reviver && typeof reviver === "object") {
    options = reviver;
  }
  const doc = parseDocument(src, options);
  if (!doc)
    return null;
  doc.warnings.forEach((warning) => warn(doc.options.logLevel, warning));
  if (doc.errors.length > 0) {
    if (doc.options.logLevel !== "silent")
      throw doc.errors[0];
    else
      doc.errors = [];
  }
  return doc.toJS(Object.assign({ reviver: _reviver }, options));
}

// src/policy/policy-tree.ts
function mapGet(map2, key) {
  for (const pair of map2.pairs) {
    if (pair.key?.kind === "scalar" && pair.key.value === key) return pair.value ?? void 0;
  }
  return void 0;
}
function fromYamlNode(node) {
  if (node === null || node === void 0) return null;
  const offset = node.range?.[0];
  if (isScalar(node)) return { kind: "scalar", offset, value: node.value, source: typeof node.source === "string" ? node.source : void 0 };
  if (isMap(node)) {
    return {
      kind: "map",
      offset,
      pairs: node.items.map((pair) => ({
        key: fromYamlNode(pair.key),
        keyText: isScalar(pair.key) ? String(pair.key.value) : String(pair.key),
        value: fromYamlNode(pair.value)
      }))
    };
  }
  if (isSeq(node)) return { kind: "seq", offset, items: node.items.map((item) => fromYamlNode(item)) };
  return { kind: "other", offset: isPair(node) ? void 0 : offset };
}

// src/policy/approvers.ts
var APPROVAL_KEYS = ["approvers", "approvals"];
var MAX_APPROVALS = 20;
var LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/;
var TEAM_SLUG = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
function parseApprovalKeys(map2, effect, nodeAt, problems) {
  const keys = {};
  const approversNode = mapGet(map2, "approvers");
  const approvalsNode = mapGet(map2, "approvals");
  const present = map2.pairs.filter((pair) => pair.key?.kind === "scalar" && APPROVAL_KEYS.includes(pair.key.value));
  if (present.length > 0 && effect !== void 0 && effect !== "require_approval") {
    for (const pair of present) {
      problems.push({
        position: nodeAt(pair.key),
        message: `\`${String(pair.key.value)}\` on a rule with effect ${effect}: only require_approval rules are approved${effect === "deny" ? " (a deny can never be approved)" : ""}`,
        fix: effect === "deny" ? "remove it, or make the rule `effect: require_approval` if people may approve these actions" : "remove it, or make the rule `effect: require_approval`"
      });
    }
    return keys;
  }
  if (approversNode !== void 0) {
    const approvers = parseApprovers(approversNode, nodeAt, problems);
    if (approvers) keys.approvers = approvers;
  }
  if (approvalsNode !== void 0) {
    const approvals = parseApprovals(approvalsNode, nodeAt, problems);
    if (approvals !== void 0) {
      keys.approvals = approvals;
      const users = keys.approvers?.filter((a) => a.kind === "user").length ?? 0;
      if (keys.approvers && keys.approvers.every((a) => a.kind === "user") && approvals > users) {
        problems.push({
          position: nodeAt(approvalsNode),
          message: `\`approvals: ${approvals}\` but \`approvers\` lists only ${users} ${users === 1 ? "person" : "people"}: it can never be met`,
          fix: `lower approvals to at most ${users}, or add approvers (people, or a team org/team)`
        });
        delete keys.approvals;
      }
    }
  }
  return keys;
}
function parseApprovers(node, nodeAt, problems) {
  const fix = "write a list of GitHub logins and teams, e.g. `approvers: [alice, acme/platform]`";
  if (node.kind !== "seq") {
    problems.push({ position: nodeAt(node), message: "`approvers` must be a list", fix });
    return void 0;
  }
  if (node.items.length === 0) {
    problems.push({ position: nodeAt(node), message: "`approvers` is an empty list: nobody could approve", fix: "list who may approve, or remove the key (then anyone with write access who is not the author may)" });
    return void 0;
  }
  const approvers = [];
  const seen = /* @__PURE__ */ new Map();
  for (const item of node.items) {
    if (item?.kind !== "scalar" || typeof item.value !== "string") {
      problems.push({ position: nodeAt(item, node), message: "`approvers` entries must be strings (a login or org/team)", fix });
      continue;
    }
    const written = item.value.trim();
    const text = written.startsWith("@") ? written.slice(1) : written;
    const approver = approverOf(text);
    if (typeof approver === "string") {
      problems.push({ position: nodeAt(item), message: `approver "${written.slice(0, 80)}" ${approver}`, fix });
      continue;
    }
    const key = approverKey(approver);
    const earlier = seen.get(key);
    if (earlier) {
      problems.push({ position: nodeAt(item), message: `approver "${written}" is listed twice (first at ${earlier.line}:${earlier.column}; logins and teams ignore case)`, fix: "list each person or team once" });
      continue;
    }
    seen.set(key, nodeAt(item));
    approvers.push(approver);
  }
  return approvers.length === node.items.length ? approvers : void 0;
}
function approverOf(text) {
  if (/\[bot\]$/i.test(text)) return "is a bot: a bot cannot approve";
  const slash = text.indexOf("/");
  if (slash < 0) return LOGIN.test(text) ? { kind: "user", login: text } : "is not a GitHub login (letters, digits and hyphens, at most 39)";
  const org = text.slice(0, slash);
  const slug = text.slice(slash + 1);
  if (!LOGIN.test(org)) return `names the organisation "${org.slice(0, 40)}", which is not a GitHub organisation name`;
  if (!TEAM_SLUG.test(slug)) return `names the team "${slug.slice(0, 40)}", which is not a team slug (as in github.com/orgs/${org}/teams/SLUG)`;
  return { kind: "team", org, slug };
}
function approverKey(approver) {
  return approver.kind === "user" ? approver.login.toLowerCase() : `${approver.org}/${approver.slug}`.toLowerCase();
}
function approverLabel(approver) {
  return approver.kind === "user" ? approver.login : `${approver.org}/${approver.slug}`;
}
function parseApprovals(node, nodeAt, problems) {
  const fix = `write a whole number of distinct approvers from 1 to ${MAX_APPROVALS}, e.g. \`approvals: 2\``;
  if (node.kind !== "scalar" || typeof node.value !== "number") {
    const shown = node.kind === "scalar" ? JSON.stringify(node.source ?? node.value) : node.kind === "seq" ? "a list" : node.kind === "map" ? "a mapping" : "nothing";
    problems.push({ position: nodeAt(node), message: `\`approvals\` must be a number, not ${shown}`, fix });
    return void 0;
  }
  const n = node.value;
  if (!Number.isInteger(n) || n < 1 || n > MAX_APPROVALS) {
    problems.push({ position: nodeAt(node), message: `\`approvals: ${String(node.source ?? n)}\` is not a whole number from 1 to ${MAX_APPROVALS}`, fix });
    return void 0;
  }
  return n;
}
function approvalSummary(rule) {
  if (rule.effect !== "require_approval") return void 0;
  const n = rule.approvals ?? 1;
  const who = rule.approvers ? rule.approvers.map(approverLabel).join(", ") : "anyone with write access";
  return `${n} approval${n === 1 ? "" : "s"} from ${who} (never the PR's author or a bot)`;
}

// src/policy/errors.ts
function formatProblem(problem) {
  const { file, line, column } = problem.position;
  const fix = problem.fix ? ` (${problem.fix})` : "";
  const where = line === 0 ? file : `${file}:${line}:${column}`;
  return `${where}: ${problem.message}${fix}`;
}
var PolicyError = class extends Error {
  problems;
  constructor(problems) {
    super(
      `invalid policy: ${problems.length} problem${problems.length === 1 ? "" : "s"}
` + problems.map((p) => "  " + formatProblem(p)).join("\n")
    );
    this.name = "PolicyError";
    this.problems = problems;
  }
};

// src/policy/load.ts
var import_node_crypto = __toESM(require_crypto(), 1);
var import_node_fs4 = __toESM(require_fs(), 1);
var import_node_path3 = __toESM(require_path(), 1);

// src/policy/files.ts
var import_node_fs3 = __toESM(require_fs(), 1);
var import_node_path2 = __toESM(require_path(), 1);

// src/regular-file.ts
var import_node_fs2 = __toESM(require_fs(), 1);
function readSmallRegularFile(path, maxBytes) {
  const fd = (0, import_node_fs2.openSync)(path, import_node_fs2.constants.O_RDONLY | import_node_fs2.constants.O_NOFOLLOW | import_node_fs2.constants.O_NONBLOCK);
  try {
    const info = (0, import_node_fs2.fstatSync)(fd);
    if (!info.isFile()) throw Object.assign(new Error("is not a regular file"), { code: "ENOTREG" });
    if (info.size > maxBytes) throw Object.assign(new Error("grew beyond the size limit"), { code: "EFBIG" });
    const chunks = [];
    let total = 0;
    for (; ; ) {
      const chunk = Buffer.allocUnsafe(Math.max(info.size - total + 1, 4096));
      const read = (0, import_node_fs2.readSync)(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > maxBytes) throw Object.assign(new Error("grew beyond the size limit"), { code: "EFBIG" });
      chunks.push(chunk.subarray(0, read));
      if (read < chunk.length) break;
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
}

// src/policy/files.ts
var POLICY_FOLDER_LIMITS = {
  /** Far above any hand-written policy (the DevOps example is 4 KB); stops a runaway file before YAML parsing. */
  maxFileBytes: 4 << 20,
  /** Entries (files and folders) under policies/. */
  maxEntries: 1e4,
  /** Folder depth under policies/. */
  maxDepth: 32
};
var POLICY_NAME = /\.ya?ml$/i;
var OS_METADATA = /* @__PURE__ */ new Set([".ds_store", "thumbs.db", "ehthumbs.db", "desktop.ini"]);
var PLACEHOLDERS = /* @__PURE__ */ new Set([".gitkeep", ".keep"]);
var EDITOR_ARTEFACT = /(\.sw[a-p]$)|(^\.#)|(^#.*#$)|(~$)|(^4913$)/i;
var POLICY_COPY = /\.ya?ml\.[^.]+$/i;
var DOCUMENT2 = /(^readme|^notes?\b|^changelog|\.md$|\.markdown$|\.txt$|\.rst$|\.adoc$)/i;
function comparePaths(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function choosePolicyFiles(entries, label) {
  const load = [];
  const problems = [];
  const refuse = (path, message, fix) => problems.push({ position: { file: label(path), line: 0, column: 0 }, message, fix });
  const hiddenFolders = /* @__PURE__ */ new Set();
  for (const entry of [...entries].sort((a, b) => comparePaths(a.path, b.path))) {
    const parts = entry.path.split("/");
    const hidden = parts.slice(0, -1).findIndex((part) => part.startsWith("."));
    if (hidden !== -1) {
      const folder = parts.slice(0, hidden + 1).join("/");
      if (!hiddenFolders.has(folder)) {
        hiddenFolders.add(folder);
        refuse(folder, "is a hidden folder under policies/: its files would not be loaded", "move it out of policies/ to keep old rules, or rename it without the leading dot to load its *.yaml files");
      }
      continue;
    }
    if (entry.kind === "folder") {
      if (parts[parts.length - 1].startsWith(".")) {
        hiddenFolders.add(entry.path);
        refuse(entry.path, "is a hidden folder under policies/: its files would not be loaded", "move it out of policies/ to keep old rules, or rename it without the leading dot to load its *.yaml files");
      }
      continue;
    }
    const name = parts[parts.length - 1];
    const lower = name.toLowerCase();
    if (entry.kind !== "symlink" && (OS_METADATA.has(lower) || PLACEHOLDERS.has(lower) && entry.size === 0)) continue;
    if (EDITOR_ARTEFACT.test(name)) {
      refuse(entry.path, "is an editor swap, lock or backup file: a policy is being edited and SafeClaw cannot tell which rules are meant", "save the file and close the editor, then delete this file if it is still there");
    } else if (entry.kind === "symlink") {
      refuse(entry.path, "is a symbolic link: SafeClaw loads policies only from regular files, since a link can point outside the repository or change without a diff in review", "replace the link with a copy of the file it points to");
    } else if (name.startsWith(".")) {
      refuse(entry.path, "is a hidden file under policies/: hidden files are not loaded (they are easy to miss in a review)", "rename it without the leading dot to load it, or move it out of policies/");
    } else if (POLICY_NAME.test(name)) {
      if (entry.kind !== "file") {
        refuse(entry.path, "is not a regular file", "policies/ holds regular *.yaml / *.yml files only: replace it with one");
      } else if (entry.size > POLICY_FOLDER_LIMITS.maxFileBytes) {
        refuse(entry.path, `is ${entry.size} bytes, more than a policy file may be (${POLICY_FOLDER_LIMITS.maxFileBytes})`, "split it into several files, or check that it is the file you meant");
      } else {
        load.push(entry);
      }
    } else if (POLICY_COPY.test(name)) {
      refuse(entry.path, "looks like a copy of a policy file, a backup, disabled file or merge leftover: it is not loaded, so its rules would not apply", "delete it, rename it to end in .yaml to load it, or keep it outside policies/");
    } else if (/\.json$/i.test(name)) {
      refuse(entry.path, "is a JSON file: only *.yaml and *.yml files are policies", "rename it to .yaml to load it, since JSON is valid YAML, or move it out of policies/");
    } else if (DOCUMENT2.test(name)) {
      refuse(entry.path, "looks like documentation: policies/ holds only policy files, so that nothing in it is silently skipped", "keep notes outside policies/, e.g. in .safeclaw/README.md, or as # comments in a policy file");
    } else if (entry.kind !== "file") {
      refuse(entry.path, "is not a regular file", "policies/ holds regular *.yaml / *.yml files only: remove it");
    } else {
      refuse(entry.path, "is not a policy file: only *.yaml and *.yml files are loaded", "rename it to .yaml to load it, or move it out of policies/");
    }
  }
  return { load, problems };
}
function listPolicyFolder(policiesDir, label) {
  const entries = [];
  const tooMuch = (path, message) => new PolicyError([{ position: { file: label(path), line: 0, column: 0 }, message, fix: "policies/ should hold a handful of policy files; move the rest out" }]);
  const walk = (relative2, depth) => {
    const names2 = (0, import_node_fs3.readdirSync)(relative2 === "" ? policiesDir : (0, import_node_path2.join)(policiesDir, relative2)).sort(comparePaths);
    for (const name of names2) {
      const path = relative2 === "" ? name : `${relative2}/${name}`;
      if (entries.length >= POLICY_FOLDER_LIMITS.maxEntries) throw tooMuch("", `has more than ${POLICY_FOLDER_LIMITS.maxEntries} entries`);
      const info = (0, import_node_fs3.lstatSync)((0, import_node_path2.join)(policiesDir, path));
      const kind = info.isSymbolicLink() ? "symlink" : info.isDirectory() ? "folder" : info.isFile() ? "file" : "other";
      entries.push({ path, kind, size: kind === "file" ? info.size : 0 });
      if (kind === "folder" && !name.startsWith(".")) {
        if (depth + 1 > POLICY_FOLDER_LIMITS.maxDepth) throw tooMuch(path, `is nested more than ${POLICY_FOLDER_LIMITS.maxDepth} folders deep`);
        walk(path, depth + 1);
      }
    }
  };
  walk("", 0);
  return entries;
}
function readPolicyFileBytes(path) {
  return readSmallRegularFile(path, POLICY_FOLDER_LIMITS.maxFileBytes);
}
function decodePolicyBytes(bytes, file) {
  const at = (line2, column2, message, fix) => ({ problem: { position: { file, line: line2, column: column2 }, message, fix } });
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
    return at(1, 1, "is UTF-16 text", "save it as UTF-8");
  }
  const start = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start);
  const text = body.toString("utf8");
  const nul = text.indexOf("\0");
  const invalid = Buffer.byteLength(text, "utf8") === body.byteLength && !text.includes("\uFFFD") ? -1 : firstInvalidChar(body, text);
  const bad = nul === -1 ? invalid : invalid === -1 ? nul : Math.min(nul, invalid);
  if (bad === -1) return { text };
  const before = text.slice(0, bad);
  const line = before.split("\n").length;
  const column = bad - (before.lastIndexOf("\n") + 1) + 1;
  return bad === nul ? at(line, column, "contains a NUL byte: not a text file", "a policy file is UTF-8 YAML text; check that this is the file you meant") : at(line, column, "is not valid UTF-8 here", "save the file as UTF-8 (the byte at this place is not part of a UTF-8 character)");
}
function firstInvalidChar(bytes, text) {
  let offset = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i);
    const width = code < 128 ? 1 : code < 2048 ? 2 : code < 65536 ? 3 : 4;
    if (code === 65533 && !(bytes[offset] === 239 && bytes[offset + 1] === 191 && bytes[offset + 2] === 189)) return i;
    offset += width;
    if (code >= 65536) i++;
  }
  return -1;
}
async function readPolicySources(entries, label, read) {
  const choice = choosePolicyFiles(entries, label);
  const problems = [...choice.problems];
  const sources = [];
  for (const entry of choice.load) {
    const file = label(entry.path);
    let bytes;
    try {
      bytes = await read(entry.path);
    } catch (err) {
      const code = err.code;
      problems.push({
        position: { file, line: 0, column: 0 },
        message: code === "ELOOP" ? "became a symbolic link while SafeClaw read the folder" : `cannot be read: ${code ?? err.message}`,
        fix: "make it a readable regular file, then run again"
      });
      continue;
    }
    const decoded = decodePolicyBytes(bytes, file);
    if ("problem" in decoded) problems.push(decoded.problem);
    else sources.push({ file, text: decoded.text });
  }
  return { sources, problems };
}
function gitTreePolicyEntries(listing, prefix) {
  const entries = [];
  for (const line of listing.split("\0")) {
    if (line === "") continue;
    const tab = line.indexOf("	");
    const [mode, type, , size] = line.slice(0, tab).split(/ +/);
    const path = line.slice(tab + 1);
    if (!path.startsWith(prefix)) continue;
    const kind = mode === "120000" ? "symlink" : type === "blob" ? "file" : type === "tree" ? "folder" : "other";
    entries.push({ path: path.slice(prefix.length), kind, size: kind === "file" ? Number(size) : 0 });
  }
  return entries;
}
async function requirePolicySources(entries, label, read) {
  const { sources, problems } = await readPolicySources(entries, label, read);
  if (problems.length > 0) throw new PolicyError(problems);
  return sources;
}

// src/policy/policy-yaml.ts
var OutsideSubset = class extends Error {
};
var outside = () => {
  throw new OutsideSubset();
};
var KEY = /[A-Za-z_][A-Za-z0-9_-]{0,127}/y;
var NOT_STRING_KEY = /^(?:null|true|false)$/i;
var CORE_NULL = /^(?:~|[Nn]ull|NULL)?$/;
var CORE_BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
var CORE_NUMBER = [
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/
];
var PLAIN_INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;
var PLAIN_START_REFUSED = /* @__PURE__ */ new Set(["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", '"', "%", "@", "`", " "]);
var FLOW_PLAIN_REFUSED = /[[\]{},:#'"]/;
var DOUBLE_QUOTED_ESCAPES = { "\\": "\\", '"': '"', "/": "/", n: "\n", t: "	" };
function parsePolicySubset(text) {
  const lines = contentLines(text);
  if (lines === void 0) return void 0;
  if (lines.length === 0) return null;
  try {
    const parser2 = new SubsetParser(text, lines);
    return parser2.document();
  } catch (err) {
    if (err instanceof OutsideSubset) return void 0;
    throw err;
  }
}
function contentLines(text) {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) continue;
    if (code < 32 || code >= 127 && code <= 159 || code === 65279 || code === 8232 || code === 8233 || code >= 55296 && code <= 57343) return void 0;
  }
  const lines = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    if (text.startsWith("---", start) || text.startsWith("...", start) || text[start] === "%") return void 0;
    let content = start;
    while (content < end && text.charCodeAt(content) === 32) content++;
    if (content < end && text[content] !== "#") lines.push({ start, content, end, indent: content - start });
    start = end + 1;
  }
  return lines;
}
var SubsetParser = class {
  constructor(text, lines) {
    this.text = text;
    this.lines = lines;
  }
  text;
  lines;
  line = 0;
  document() {
    const first = this.lines[0];
    if (first.indent !== 0) outside();
    const root = this.blockNode(first.content);
    if (this.line !== this.lines.length) outside();
    return root;
  }
  /** The block collection starting at `at` on the current line. */
  blockNode(at) {
    if (this.isDash(at)) return this.blockSeq();
    if (this.keyEnd(at) !== void 0) return this.blockMap(at);
    return outside();
  }
  isDash(at) {
    return this.isDashAt(this.lines[this.line], at);
  }
  isDashAt(line, at = line.content) {
    return this.text[at] === "-" && (at + 1 === line.end || this.text[at + 1] === " ");
  }
  /** The end of a `key:` at `at` (the offset after the colon), if one is there. */
  keyEnd(at) {
    KEY.lastIndex = at;
    if (!KEY.test(this.text)) return void 0;
    const colon = KEY.lastIndex;
    const end = this.lines[this.line].end;
    if (this.text[colon] !== ":" || colon + 1 !== end && this.text[colon + 1] !== " ") return void 0;
    return colon + 1;
  }
  /** A block map whose first key is at `at` on the current line; its keys all stand at that column. */
  blockMap(at) {
    const column = at - this.lines[this.line].start;
    const map2 = { kind: "map", offset: at, pairs: [] };
    const seen = /* @__PURE__ */ new Set();
    let keyAt = at;
    for (; ; ) {
      const afterColon = this.keyEnd(keyAt);
      if (afterColon === void 0) outside();
      const keyText = this.text.slice(keyAt, afterColon - 1);
      if (NOT_STRING_KEY.test(keyText) || seen.has(keyText)) outside();
      seen.add(keyText);
      const key = { kind: "scalar", offset: keyAt, value: keyText, source: keyText };
      const line = this.lines[this.line];
      const valueAt = this.skipSpaces(afterColon, line.end);
      let value;
      if (valueAt === line.end || this.text[valueAt] === "#" && valueAt > afterColon) {
        const next2 = this.lines[++this.line];
        if (next2 === void 0) return outside();
        if (next2.indent > column) value = this.blockNode(next2.content);
        else if (next2.indent === column && this.isDash(next2.content)) value = this.blockSeq();
        else return outside();
      } else {
        value = this.inlineValue(valueAt, line.end);
        this.line++;
      }
      map2.pairs.push({ key, keyText, value });
      const next = this.lines[this.line];
      if (next === void 0 || next.indent < column) return map2;
      if (next.indent > column) outside();
      keyAt = next.content;
    }
  }
  /** A block list whose first dash is on the current line. */
  blockSeq() {
    const first = this.lines[this.line];
    const column = first.indent;
    const seq2 = { kind: "seq", offset: first.content, items: [] };
    for (; ; ) {
      const line = this.lines[this.line];
      if (!this.isDash(line.content)) outside();
      const itemAt = this.skipSpaces(line.content + 1, line.end);
      if (itemAt === line.end || this.text[itemAt] === "#" || this.isDash(itemAt)) outside();
      if (this.keyEnd(itemAt) !== void 0) {
        seq2.items.push(this.blockMap(itemAt));
      } else {
        seq2.items.push(this.inlineValue(itemAt, line.end));
        this.line++;
      }
      const next = this.lines[this.line];
      if (next === void 0 || next.indent < column || next.indent === column && !this.isDashAt(next)) return seq2;
      if (next.indent > column) outside();
    }
  }
  skipSpaces(at, end) {
    while (at < end && this.text.charCodeAt(at) === 32) at++;
    return at;
  }
  /** A value that starts at `at` and ends on this line (then only spaces and a comment may follow). */
  inlineValue(at, end) {
    const c = this.text[at];
    let node;
    let after;
    if (c === '"' || c === "'") [node, after] = this.quoted(at, end);
    else if (c === "[") [node, after] = this.flowSeq(at, end);
    else if (c === "{") [node, after] = this.flowMap(at, end);
    else return this.blockPlain(at, end);
    const rest = this.skipSpaces(after, end);
    if (rest !== end && !(this.text[rest] === "#" && rest > after)) outside();
    return node;
  }
  /** A plain scalar in block context: up to a ` #` comment or the line's end. */
  blockPlain(at, end) {
    let stop = end;
    for (let i = at; i + 1 < end; i++) {
      if (this.text.charCodeAt(i) === 32 && this.text.charCodeAt(i + 1) === 35) {
        stop = i;
        break;
      }
    }
    while (stop > at && this.text.charCodeAt(stop - 1) === 32) stop--;
    const raw = this.text.slice(at, stop);
    if (raw.includes(": ") || raw.endsWith(":")) outside();
    return this.plain(raw, at);
  }
  plain(raw, at) {
    if (raw === "" || PLAIN_START_REFUSED.has(raw[0])) outside();
    if (PLAIN_INTEGER.test(raw)) return { kind: "scalar", offset: at, value: Number(raw), source: raw };
    if (CORE_NULL.test(raw) || CORE_BOOL.test(raw) || CORE_NUMBER.some((test) => test.test(raw))) outside();
    return { kind: "scalar", offset: at, value: raw, source: raw };
  }
  /** A one-line quoted scalar at `at`; returns it and the offset after its closing quote. */
  quoted(at, end) {
    const quote = this.text[at];
    let value = "";
    let from = at + 1;
    for (let i = at + 1; i < end; i++) {
      const c = this.text[i];
      if (quote === "'") {
        if (c !== "'") continue;
        if (this.text[i + 1] === "'") {
          value += this.text.slice(from, i + 1);
          i++;
          from = i + 1;
          continue;
        }
        value += this.text.slice(from, i);
        return [{ kind: "scalar", offset: at, value, source: value }, i + 1];
      } else if (c === '"') {
        value += this.text.slice(from, i);
        return [{ kind: "scalar", offset: at, value, source: value }, i + 1];
      } else if (c === "\\") {
        const escaped = DOUBLE_QUOTED_ESCAPES[this.text[i + 1]];
        if (escaped === void 0 || i + 1 >= end) outside();
        value += this.text.slice(from, i) + escaped;
        i++;
        from = i + 1;
      }
    }
    return outside();
  }
  /** One item of a flow collection: a quoted scalar, or a plain one up to `,` or the closing bracket. */
  flowScalar(at, end, close) {
    const c = this.text[at];
    if (c === '"' || c === "'") return this.quoted(at, end);
    let stop = at;
    while (stop < end && this.text[stop] !== "," && this.text[stop] !== close) stop++;
    let last = stop;
    while (last > at && this.text.charCodeAt(last - 1) === 32) last--;
    const raw = this.text.slice(at, last);
    if (FLOW_PLAIN_REFUSED.test(raw)) outside();
    return [this.plain(raw, at), last];
  }
  flowSeq(at, end) {
    const seq2 = { kind: "seq", offset: at, items: [] };
    let i = this.skipSpaces(at + 1, end);
    if (this.text[i] === "]") return [seq2, i + 1];
    for (; ; ) {
      const [item, after] = this.flowScalar(i, end, "]");
      seq2.items.push(item);
      i = this.skipSpaces(after, end);
      if (this.text[i] === "]") return [seq2, i + 1];
      if (this.text[i] !== ",") outside();
      i = this.skipSpaces(i + 1, end);
      if (i >= end || this.text[i] === "]" || this.text[i] === ",") outside();
    }
  }
  flowMap(at, end) {
    const map2 = { kind: "map", offset: at, pairs: [] };
    const seen = /* @__PURE__ */ new Set();
    let i = this.skipSpaces(at + 1, end);
    if (this.text[i] === "}") return [map2, i + 1];
    for (; ; ) {
      KEY.lastIndex = i;
      if (!KEY.test(this.text) || KEY.lastIndex >= end) outside();
      const colon = KEY.lastIndex;
      const keyText = this.text.slice(i, colon);
      if (this.text[colon] !== ":" || this.text[colon + 1] !== " " || NOT_STRING_KEY.test(keyText) || seen.has(keyText)) outside();
      seen.add(keyText);
      const key = { kind: "scalar", offset: i, value: keyText, source: keyText };
      const valueAt = this.skipSpaces(colon + 1, end);
      const opener = this.text[valueAt];
      const [value, after] = opener === "[" ? this.flowSeq(valueAt, end) : opener === "{" ? this.flowMap(valueAt, end) : this.flowScalar(valueAt, end, "}");
      map2.pairs.push({ key, keyText, value });
      i = this.skipSpaces(after, end);
      if (this.text[i] === "}") return [map2, i + 1];
      if (this.text[i] !== ",") outside();
      i = this.skipSpaces(i + 1, end);
      if (i >= end || this.text[i] === "}" || this.text[i] === ",") outside();
    }
  }
};
function subsetLinePos(text) {
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length;
    while (low < high) {
      const mid = low + high >> 1;
      if (lineStarts[mid] < offset) low = mid + 1;
      else high = mid;
    }
    if (lineStarts[low] === offset) return { line: low + 1, col: 1 };
    if (low === 0) return { line: 0, col: offset };
    return { line: low, col: offset - lineStarts[low - 1] + 1 };
  };
}

// src/policy/schema.ts
var CONDITION_KEYS = {
  "shell.execute": ["command"],
  "file.read": ["path"],
  "file.write": ["path", "change"],
  "network.request": ["destination"],
  "infra.change": ["address", "type", "provider", "change", "module", "after"],
  "tool.call": ["tool", "server", "input"]
};
var ATTRIBUTE_KEYS = /* @__PURE__ */ new Set(["after", "input"]);
var PATH_KEYS = /* @__PURE__ */ new Set(["path"]);
var RULE_KEYS = ["id", "action", "effect", "conditions", "reason", "approvers", "approvals"];
var RULE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

// src/policy/load.ts
var lastCompiled;
function sameCompileInputs(a, b) {
  if (a.dir !== b.dir || a.cwd !== b.cwd || a.allowEmpty !== b.allowEmpty || a.sources.length !== b.sources.length) return false;
  for (let i = 0; i < a.sources.length; i++) {
    if (a.sources[i].file !== b.sources[i].file || a.sources[i].text !== b.sources[i].text) return false;
  }
  return true;
}
async function loadPolicies(dir, options = {}) {
  const absoluteDir = (0, import_node_path3.resolve)(dir);
  const policiesDir = (0, import_node_path3.join)(absoluteDir, "policies");
  const where = (path) => (0, import_node_path3.relative)(process.cwd(), path) || path;
  const problem = (path, message, fix) => new PolicyError([{ position: { file: where(path), line: 0, column: 0 }, message, fix }]);
  requireFolder(absoluteDir, where, problem, "pass the .safeclaw folder (the one holding policies/), or run `safeclaw init` to create it");
  requireFolder(policiesDir, where, problem, "run `safeclaw init` to create .safeclaw/, or pass --policies DIR, the folder that holds policies/", absoluteDir);
  const label = (path) => where((0, import_node_path3.join)(policiesDir, path));
  const entries = listPolicyFolder(policiesDir, label);
  const { sources, problems } = await readPolicySources(entries, label, (path) => readPolicyFileBytes((0, import_node_path3.join)(policiesDir, path)));
  if (problems.length > 0) {
    try {
      compilePolicies(sources, absoluteDir, { allowEmpty: true });
    } catch (err) {
      if (!(err instanceof PolicyError)) throw err;
      problems.push(...err.problems);
    }
    throw new PolicyError(problems);
  }
  const inputs = options.reuseUnchanged ? { dir: absoluteDir, cwd: process.cwd(), allowEmpty: options.allowEmpty === true, sources } : void 0;
  const reused = inputs !== void 0 && lastCompiled !== void 0 && sameCompileInputs(lastCompiled.inputs, inputs) ? lastCompiled.set : void 0;
  const policySet = reused ?? compilePolicies(sources, absoluteDir, options);
  if (inputs !== void 0 && reused === void 0) lastCompiled = { inputs, set: policySet };
  if (options.prepareShell !== false) await prepareShellAnalysis();
  return policySet;
}
function requireFolder(path, where, problem, fix, parent) {
  let info;
  try {
    info = (0, import_node_fs4.statSync)(path);
  } catch (err) {
    const code = err.code;
    const what = code === "ENOENT" ? "does not exist" : code === "ELOOP" ? "is a loop of symbolic links" : code === "EACCES" ? "cannot be read (permission denied)" : code === "ENOTDIR" ? "is not a folder (a file stands where a folder is expected)" : `cannot be read (${code ?? err.message})`;
    const slip = parent !== void 0 && (0, import_node_path3.basename)(parent) === "policies" ? `; ${where(parent)} looks like the policies folder itself: pass the folder above it` : "";
    throw problem(path, `${parent === void 0 ? "the .safeclaw folder" : "the policies folder"} ${what}${slip}`, fix);
  }
  if (!info.isDirectory()) throw problem(path, `${parent === void 0 ? "the .safeclaw folder" : "the policies folder"} is a file, not a folder`, fix);
}
function compilePolicies(sources, dir, options = {}) {
  const problems = [];
  const rules = [];
  const firstSeen = /* @__PURE__ */ new Map();
  for (const source of sources) {
    for (const rule of parsePolicyFile(source, problems)) {
      const earlier = firstSeen.get(rule.id);
      if (earlier) {
        problems.push({
          position: rule.position,
          message: `duplicate rule id "${rule.id}" (first defined at ${earlier.file}:${earlier.line}:${earlier.column})`,
          fix: "rule ids must be unique across all policy files; rename one"
        });
        continue;
      }
      firstSeen.set(rule.id, rule.position);
      rules.push(rule);
    }
  }
  if (problems.length === 0 && rules.length === 0 && !options.allowEmpty) problems.push(noRulesProblem(sources, dir));
  if (problems.length > 0) throw new PolicyError(problems);
  rules.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const byType = Object.fromEntries(ACTION_TYPES.map((t) => [t, []]));
  for (const rule of rules) byType[rule.action].push(rule);
  const absoluteDir = (0, import_node_path3.resolve)(dir);
  return {
    dir: absoluteDir,
    root: (0, import_node_path3.basename)(absoluteDir) === ".safeclaw" ? (0, import_node_path3.dirname)(absoluteDir) : absoluteDir,
    rules,
    byType,
    digest: policyDigest(rules),
    files: sources.map((s) => s.file)
  };
}
function noRulesProblem(sources, dir) {
  const folder = (0, import_node_path3.relative)(process.cwd(), (0, import_node_path3.join)((0, import_node_path3.resolve)(dir), "policies")) || "policies";
  const files = sources.length === 0 ? "no policy files" : `${sources.length} policy file${sources.length === 1 ? "" : "s"} (${sources.slice(0, 3).map((s) => s.file).join(", ")}${sources.length > 3 ? ", \u2026" : ""}) but not one rule`;
  return {
    position: { file: folder, line: 0, column: 0 },
    message: `${files}: every action would be denied without a rule to say why`,
    fix: "add rules: start from .safeclaw/examples/devops-agent.yaml, or run `safeclaw init` in a new repository; to deny everything on purpose, write a rule with `effect: deny` for each action type"
  };
}
function policyDigest(rules) {
  const canonical = rules.map((rule) => ({
    id: rule.id,
    action: rule.action,
    effect: rule.effect,
    reason: rule.reason,
    // Only when set, so the digests of rules without them stay what they were.
    ...rule.approvers ? { approvers: rule.approvers.map(approverLabel).sort() } : {},
    ...rule.approvals !== void 0 ? { approvals: rule.approvals } : {},
    conditions: Object.fromEntries(
      rule.conditions.map((c) => [
        c.key,
        c.attributePaths ? { path: c.attributePaths.map((p) => p.source), pattern: c.patterns.map((p) => p.source) } : { pattern: c.patterns.map((p) => p.source) }
      ])
    )
  }));
  return (0, import_node_crypto.createHash)("sha256").update(canonicalJson(canonical)).digest("hex");
}
function parsePolicyFile(source, problems) {
  const start = problems.length;
  const fast = parsePolicySubset(source.text);
  const parsed = fast !== void 0 ? { root: fast, linePos: subsetLinePos(source.text) } : parseWithYaml(source, problems);
  if (parsed === void 0) return [];
  const { root, linePos } = parsed;
  const at = (offset) => {
    const { line, col } = linePos(offset ?? 0);
    return { file: source.file, line, column: col };
  };
  const nodeAt = (node, fallback) => at(node?.offset ?? fallback?.offset);
  if (problems.length > start) return [];
  if (root === null || root.kind === "scalar" && (root.value === null || root.value === "")) return [];
  if (root.kind !== "map") {
    problems.push({ position: nodeAt(root), message: "a policy file must be a mapping with a `rules:` list", fix: "start the file with `rules:`" });
    return [];
  }
  for (const pair of root.pairs) {
    if (pair.keyText !== "rules") {
      problems.push({ position: nodeAt(pair.key), message: `unknown top-level key "${pair.keyText}"`, fix: "only `rules:` is allowed at the top level" });
    }
  }
  const rulesNode = mapGet(root, "rules");
  if (rulesNode === void 0 || rulesNode.kind === "scalar" && rulesNode.value === null) return [];
  if (rulesNode.kind !== "seq") {
    problems.push({ position: nodeAt(rulesNode), message: "`rules` must be a list", fix: "write each rule as a list item starting with `- id: \u2026`" });
    return [];
  }
  const rules = [];
  for (const item of rulesNode.items) {
    const rule = parseRule(item, nodeAt, problems);
    if (rule) rules.push(rule);
  }
  return rules;
}
function parseWithYaml(source, problems) {
  const start = problems.length;
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset) => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { file: source.file, line, column: col };
  };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push({
        position: at(error.pos[0]),
        message: `YAML syntax error: ${error.message.split("\n")[0]}`,
        fix: "fix the YAML: indentation, quotes around globs that start with * or {"
      });
    }
    return void 0;
  }
  for (const warning of doc.warnings) {
    problems.push({ position: at(warning.pos[0]), message: `YAML: ${warning.message.split("\n")[0]}`, fix: "remove the tag; write plain or quoted values" });
  }
  visit2(doc, {
    Alias(_key, node) {
      problems.push({
        position: at(node.range?.[0]),
        message: `YAML alias "${node.source}" is not allowed in a policy`,
        fix: "write the value out where it is used, so each rule reads as it is written"
      });
    }
  });
  if (problems.length > start) return void 0;
  return { root: fromYamlNode(doc.contents), linePos: (offset) => lineCounter.linePos(offset) };
}
function parseRule(node, nodeAt, problems) {
  if (node?.kind !== "map") {
    problems.push({ position: nodeAt(node), message: "a rule must be a mapping", fix: "write `- id: \u2026` then `action`, `effect`, `conditions`, `reason`" });
    return null;
  }
  const start = problems.length;
  const map2 = node;
  for (const pair of map2.pairs) {
    const key = pair.keyText;
    if (!RULE_KEYS.includes(key)) {
      problems.push({ position: nodeAt(pair.key), message: `unknown rule key "${key}"`, fix: `use ${RULE_KEYS.join(", ")}` });
    }
  }
  const field = (name) => mapGet(map2, name);
  const stringField = (name, fix) => {
    const value = field(name);
    if (value === void 0 || value.kind === "scalar" && (value.value === null || value.value === "")) {
      problems.push({ position: nodeAt(value, node), message: `rule is missing \`${name}\``, fix });
      return void 0;
    }
    if (value.kind !== "scalar" || typeof value.value !== "string") {
      problems.push({ position: nodeAt(value), ...notAString(value, name, fix) });
      return void 0;
    }
    return value.value;
  };
  const id = stringField("id", "give every rule a unique `id`, e.g. `id: block-terraform-apply`");
  if (id !== void 0 && !RULE_ID.test(id)) {
    problems.push({ position: nodeAt(field("id")), message: `rule id "${id}" has characters other than letters, digits, ".", "_" and "-"`, fix: "rename it, e.g. block-terraform-apply" });
  }
  const action = stringField("action", `one of ${ACTION_TYPES.join(", ")}`);
  if (action !== void 0 && !ACTION_TYPES.includes(action)) {
    problems.push({ position: nodeAt(field("action")), message: `unknown action "${action}"`, fix: `use one of ${ACTION_TYPES.join(", ")}` });
  }
  const effect = stringField("effect", `one of ${EFFECTS.join(", ")}`);
  if (effect !== void 0 && !EFFECTS.includes(effect)) {
    problems.push({ position: nodeAt(field("effect")), message: `unknown effect "${effect}"`, fix: `use one of ${EFFECTS.join(", ")}` });
  }
  const reason = stringField("reason", "say why in `reason`: it is shown with every decision the rule makes");
  let conditions = [];
  if (action !== void 0 && ACTION_TYPES.includes(action)) {
    conditions = parseConditions(field("conditions"), action, nodeAt, problems);
  }
  const approval = parseApprovalKeys(map2, effect, nodeAt, problems);
  if (problems.length > start) return null;
  return {
    id,
    action,
    effect,
    conditions,
    reason,
    position: nodeAt(node),
    ...approval
  };
}
function parseConditions(node, action, nodeAt, problems) {
  if (node === void 0 || node.kind === "scalar" && node.value === null) return [];
  if (node.kind !== "map") {
    problems.push({ position: nodeAt(node), message: "`conditions` must be a mapping of condition keys", fix: `e.g. \`${CONDITION_KEYS[action][0]}: { pattern: "\u2026" }\`` });
    return [];
  }
  const allowed = CONDITION_KEYS[action];
  const conditions = [];
  for (const pair of node.pairs) {
    const key = pair.keyText;
    const keyNode = pair.key;
    if (!allowed.includes(key)) {
      problems.push({ position: nodeAt(keyNode), message: `unknown condition "${key}" for ${action}`, fix: `${action} understands ${allowed.join(", ")}` });
      continue;
    }
    const value = pair.value;
    if (value?.kind !== "map") {
      const example = key === "after" ? '{ path: "ingress.*.cidr_blocks.*", pattern: "0.0.0.0/0" }' : key === "input" ? '{ path: "repo", pattern: "acme/*" }' : '{ pattern: "\u2026" }';
      problems.push({ position: nodeAt(value, keyNode), message: `condition "${key}" must be a mapping with \`pattern\``, fix: `write \`${key}: ${example}\`` });
      continue;
    }
    const expected = ATTRIBUTE_KEYS.has(key) ? ["path", "pattern"] : ["pattern"];
    for (const inner of value.pairs) {
      const innerKey = inner.keyText;
      if (!expected.includes(innerKey)) {
        problems.push({ position: nodeAt(inner.key), message: `unknown key "${innerKey}" in condition "${key}"`, fix: `use ${expected.join(" and ")}` });
      }
    }
    const compile = PATH_KEYS.has(key) ? compilePathGlob : compileTextGlob;
    const patterns = parsePatterns(mapGet(value, "pattern"), value, `${key}.pattern`, compile, nodeAt, problems);
    const condition = { key, patterns };
    if (ATTRIBUTE_KEYS.has(key)) {
      condition.attributePaths = parsePatterns(mapGet(value, "path"), value, `${key}.path`, compileTextGlob, nodeAt, problems);
    }
    conditions.push(condition);
  }
  return conditions;
}
function notAString(node, label, fix) {
  if (node?.kind === "scalar") {
    const written = typeof node.source === "string" ? node.source : String(node.value);
    const quote = `quote it: ${label.split(".").pop()}: ${JSON.stringify(written)}`;
    const read = String(node.value) === written ? "" : ` as YAML reads ${written}`;
    if (typeof node.value === "number" || typeof node.value === "bigint") {
      return { message: `\`${label}\` is the number ${String(node.value)}${read}, not a string`, fix: quote };
    }
    if (typeof node.value === "boolean") return { message: `\`${label}\` is the boolean ${String(node.value)}${read}, not a string`, fix: quote };
    if (node.value === null && written !== "") return { message: `\`${label}\` is null as YAML reads ${written}, not a string`, fix: quote };
    if (node.value === null) return { message: `\`${label}\` is empty`, fix };
    return { message: `\`${label}\` must be a string (YAML read a ${typeof node.value})`, fix };
  }
  if (node?.kind === "seq") return { message: `\`${label}\` must be a string, not a list`, fix };
  if (node?.kind === "map") return { message: `\`${label}\` must be a string, not a mapping`, fix };
  return { message: `\`${label}\` must be a string`, fix };
}
function parsePatterns(node, parent, label, compile, nodeAt, problems) {
  if (node === void 0) {
    problems.push({ position: nodeAt(parent), message: `\`${label}\` is missing`, fix: "add a glob, or a list of globs" });
    return [];
  }
  const items = node.kind === "seq" ? node.items : [node];
  if (items.length === 0) {
    problems.push({ position: nodeAt(node), message: `\`${label}\` is an empty list`, fix: "add at least one glob" });
  }
  const patterns = [];
  for (const item of items) {
    if (item?.kind !== "scalar" || typeof item.value !== "string") {
      problems.push({ position: nodeAt(item, node), ...notAString(item, `${label}`, 'quote it: pattern: "terraform apply*"') });
      continue;
    }
    const source = item.value;
    const control = /[\u0000-\u001f\u007f]/.exec(source);
    if (control) {
      const what = control[0] === "\n" ? "a line break" : control[0] === "	" ? "a tab" : `the control character U+${control[0].charCodeAt(0).toString(16).padStart(4, "0")}`;
      problems.push({ position: nodeAt(item), message: `\`${label}\` contains ${what}: it would never match`, fix: "write the pattern on one line in quotes; a `|` block keeps its final line break, `|-` does not; match a tab or line break with ?" });
      continue;
    }
    try {
      patterns.push({ ...compile(source), position: nodeAt(item) });
    } catch (err) {
      if (!(err instanceof GlobError)) throw err;
      problems.push({ position: nodeAt(item), message: `pattern "${source.length > 80 ? `${source.slice(0, 80)}\u2026` : source}" ${err.message}`, fix: "see the glob rules in the README" });
    }
  }
  return patterns;
}

export {
  readSmallRegularFile,
  isCanonicalisedTool,
  canonicalise,
  require_picomatch2 as require_picomatch,
  NOT_OPTION_DASH2 as NOT_OPTION_DASH,
  expandBraces,
  compileTextGlob,
  hasWildcard,
  DRY_RUN,
  dryRunOf,
  normalizeHomePath,
  isPlainRelative,
  treeSitterMisses,
  prepareShellAnalysis,
  analyzeShellCommand,
  ATTRIBUTE_KEYS,
  PATH_KEYS,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  parseDocument,
  parse,
  approverKey,
  approverLabel,
  approvalSummary,
  formatProblem,
  PolicyError,
  gitTreePolicyEntries,
  requirePolicySources,
  loadPolicies,
  compilePolicies
};
