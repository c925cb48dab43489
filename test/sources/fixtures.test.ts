// The copies in test/fixtures must stay the leads' fixtures, byte for byte.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fixtures, repoRoot } from './helpers.js';

const shared = path.resolve(repoRoot, '../shared/fixtures');

test('the copied fixtures equal shared/fixtures where that folder is beside the repository', { skip: existsSync(shared) ? false : 'no ../shared/fixtures beside this clone' }, () => {
  for (const folder of ['plans', 'agents']) {
    const names = readdirSync(path.join(shared, folder)).sort();
    assert.deepEqual(readdirSync(path.join(fixtures, folder)).sort(), names, folder);
    for (const name of names) {
      assert.ok(readFileSync(path.join(shared, folder, name)).equals(readFileSync(path.join(fixtures, folder, name))), `${folder}/${name}`);
    }
  }
});
