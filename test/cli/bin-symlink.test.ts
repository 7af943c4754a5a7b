import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';

const projectDir = resolve(import.meta.dirname, '../..');

function runFinbot(command: string, cwd: string) {
  return spawnSync(command, ['help'], { cwd, encoding: 'utf8', timeout: 30_000 });
}

describe('bin/finbot run through symlinks, as npm installs it', () => {
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'finbot-bin-'));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a link to the script elsewhere (a global install) prints the usage', () => {
    const link = join(dir, 'finbot');
    symlinkSync(join(projectDir, 'bin/finbot'), link);
    const run = runFinbot(link, dir);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Usage: finbot \[command\] \[options\]/);
    assert.match(run.stdout, /stats --user NAME/);
  });

  test('a relative link into a linked package folder (npm link, node_modules/.bin) prints the usage', () => {
    // node_modules/finbot -> the project, node_modules/.bin/finbot -> ../finbot/bin/finbot: the layout npm makes.
    const modules = join(dir, 'app/node_modules');
    mkdirSync(join(modules, '.bin'), { recursive: true });
    symlinkSync(projectDir, join(modules, 'finbot'));
    symlinkSync('../finbot/bin/finbot', join(modules, '.bin/finbot'));
    const run = runFinbot(join(modules, '.bin/finbot'), join(dir, 'app'));
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Usage: finbot \[command\] \[options\]/);
  });
});
