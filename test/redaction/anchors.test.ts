// The text forms' anchors (secret-forms.ts): every match of a form's hint must
// hold one of its anchors, or mayHoldSecret would answer "no secret" for a text
// its hint matches. Checked form by form on texts built from each hint's own
// spellings (every alternative, in mixed case, between filler), and
// mayHoldSecret against the hints written as one RegExp on the same texts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { mayHoldSecret } from '../../src/redaction/redact.js';
import { PROGRAM_FORMS, TEXT_FORMS } from '../../src/redaction/secret-forms.js';
import { NEAR_MISSES, SECRET_CASES } from './corpus.js';

/** Whether `text` holds `anchor` (lower case, `?` any ASCII character), ASCII letters in any case. */
function holdsAnchor(text: string, anchor: string): boolean {
  const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  for (let i = 0; i + 3 <= lower.length; i++) {
    if ([...anchor].every((c, k) => (c === '?' ? lower.charCodeAt(i + k) < 0x80 : lower[i + k] === c))) return true;
  }
  return false;
}

// What each hint's alternatives spell, with the smallest and largest runs its classes allow.
const SPELLINGS = [
  'PRIVATE KEY', 'private key', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_', 'glpat-', 'glab-', 'glabcde-', 'glc_',
  'hooks.slack.com', 'discord', 'webhook.office', 'xox', 'xapp-', 'hvs.', 'hvb.', 'hvr.', 'npm_', 'dckr_', 'pypi-',
  'AKIA', 'ASIA', 'ABIA', 'ACCA', 'sk-', 'sk_', 'rk_', 'AIza', 'ya29.', 'hf_', 'SG.', 'shp', 'dop_v1_', 'dp.', 'lin_api_', 'NRAK-', 'dapi',
  'eyJ', 'authorization', 'cookie', 'bearer', 'machine ', 'machine\t', 'machine\n',
  'token', 'key', 'secret', 'auth', 'password', 'passw', 'pwd', 'sig', 'signature', 'credential', 'code', 'passphrase', 'passcode',
  'accountkey', 'sharedaccess', 'sharedaccesskey', 'storepass', 'keypass', '[REDACTED:',
  ':', '=', '"', ' ', '\t', '\n', '-', '--', 'X-', '_', 'A', 'z', '9', '@', '://', '//', '/', 'é', 'İ', 'K', '\u00a0',
  // Longer than the texts the RegExps always see (16 characters), so the bitmaps decide.
  'terraform plan -out=tfplan ', 'services/svc-1/src/file-1.ts',
];
// Program names with the separators that may stand before and after them.
const PROGRAM_SPELLINGS = [
  ...new Set(PROGRAM_FORMS.flatMap((form) => [...form.programs, ...(form.command ?? [])])),
  ...[' ', '\t', '\n', '\v', '\f', '\r', '/', ';', '&', '|', '(', ')', '`', "'", '"', '<', '>', '.', '-', '_', 'x', '\u00a0'],
  'terraform plan -out=tfplan ', 'services/svc-1/src/file-1.ts',
];

const caseMixed = fc.tuple(fc.constantFrom(...SPELLINGS), fc.array(fc.boolean(), { minLength: 16, maxLength: 16 })).map(([text, flips]) =>
  [...text].map((c, i) => (flips[i % 16] ? c.toUpperCase() : c.toLowerCase())).join(''),
);
const texts = fc.array(fc.oneof(caseMixed, fc.constantFrom(...SPELLINGS)), { maxLength: 10 }).map((pieces) => pieces.join(''));
const programCaseMixed = fc.tuple(fc.constantFrom(...PROGRAM_SPELLINGS), fc.array(fc.boolean(), { minLength: 16, maxLength: 16 })).map(([text, flips]) =>
  [...text].map((c, i) => (flips[i % 16] ? c.toUpperCase() : c.toLowerCase())).join(''),
);
const programTexts = fc.array(fc.oneof(programCaseMixed, fc.constantFrom(...PROGRAM_SPELLINGS), fc.constantFrom(...SPELLINGS)), { maxLength: 10 }).map((pieces) => pieces.join(''));

test('every form: a text its hint matches holds one of its anchors', () => {
  const hints = TEXT_FORMS.map((form) => ({ form, hint: new RegExp(form.hint, 'is') }));
  fc.assert(
    fc.property(texts, (text) => {
      for (const { form, hint } of hints) {
        if (!hint.test(text) || /[^\x00-\x7f]/.test(text)) continue;
        assert.ok(form.anchors.some((anchor) => holdsAnchor(text, anchor)), `${form.kind} (${form.hint}) matches ${JSON.stringify(text)} but holds none of ${form.anchors.join(' ')}`);
      }
    }),
    { numRuns: 30_000, seed: 151 },
  );
});

test('every form: its hint matched by the corpus texts holds its anchors there', () => {
  const corpus = [...SECRET_CASES.map((c) => JSON.stringify(c.action)), ...NEAR_MISSES];
  for (const form of TEXT_FORMS) {
    const hint = new RegExp(form.hint, 'is');
    for (const text of corpus) {
      if (hint.test(text) && !/[^\x00-\x7f]/.test(text)) assert.ok(form.anchors.some((anchor) => holdsAnchor(text, anchor)), `${form.kind}: ${text}`);
    }
  }
});

test('mayHoldSecret answers as the hints written as one RegExp, on texts made of every spelling', () => {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const oneRegExp = new RegExp(
    [
      ...TEXT_FORMS.map((form) => form.hint),
      ...PROGRAM_FORMS.map((form) => {
        const program = String.raw`(?:^|[\s/;&|(\x60'"])(?:${form.programs.map(escape).join('|')})(?=[\s;&|)<>\x60'"]|$)`;
        const first = form.command?.[0];
        return first ? String.raw`${program}.*?(?:^|[\s'"])${escape(first)}(?=[\s;&|)<>\x60'"]|$)` : program;
      }),
      String.raw`\[REDACTED:`,
    ].join('|'),
    'is',
  );
  for (const [generated, seed] of [[texts, 152], [programTexts, 153]] as const) {
    fc.assert(
      fc.property(generated, (text) => {
        assert.equal(mayHoldSecret(text), oneRegExp.test(text), JSON.stringify(text));
      }),
      { numRuns: 30_000, seed },
    );
  }
});

test('a program named at the very start or end of a long text, or as the whole of a short one, is seen', () => {
  for (const program of new Set(PROGRAM_FORMS.flatMap((form) => form.programs))) {
    for (const text of [program, program.toUpperCase(), `${program} --version && terraform plan`, `terraform plan -out=tfplan && ${program}`, `terraform plan;${program}|x`]) {
      const named = new RegExp(String.raw`(?:^|[\s/;&|(\x60'"])${program.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\s;&|)<>\x60'"]|$)`, 'i').test(text);
      assert.ok(named, text);
      const formNamed = PROGRAM_FORMS.some((form) => form.programs.includes(program) && (form.command === undefined || form.command.length === 0));
      if (formNamed) assert.equal(mayHoldSecret(text), true, text);
    }
  }
});

test('texts with no anchor and no program are answered false; short and non-ASCII ones by the RegExp', () => {
  assert.equal(mayHoldSecret('terraform plan -out=tfplan'), false);
  assert.equal(mayHoldSecret('services/svc-1/src/file-1.ts'), false);
  // Two characters hold no trigram; a hint needs three, so these are false either way, but through the RegExp.
  assert.equal(mayHoldSecret('sk'), false);
  // A non-ASCII character anywhere sends the text to the RegExp, which still finds the hint.
  assert.equal(mayHoldSecret('é password: x'), true);
  assert.equal(mayHoldSecret('AKIAé'), true);
});
