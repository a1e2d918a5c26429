// The README's permission table is the user's account of what the extension may do: it must name exactly the
// permissions both manifests ask for, no more and no fewer.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type ManifestFn = (env: { browser: string; manifestVersion: number; mode: string; command: string }) => { permissions?: string[] };

function permissionsFor(browser: string, manifestVersion: number): string[] {
  const manifest = config.manifest as ManifestFn;
  return [...(manifest({ browser, manifestVersion, mode: 'production', command: 'build' }).permissions ?? [])].sort();
}

/** The first column of the README's "Permissions" table, the API permissions only (host access is its own row). */
function readmePermissions(): string[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Permissions'), readme.indexOf('\n## ', readme.indexOf('\n## Permissions') + 1));
  return [...section.matchAll(/^\| `([a-z]+)` \|/gm)].map((m) => m[1]!).sort();
}

describe('permissions', () => {
  it('the README table lists exactly what the Chrome and Firefox manifests ask for', () => {
    const listed = readmePermissions();
    expect(listed.length).toBeGreaterThan(0);
    expect(permissionsFor('chrome', 3)).toEqual(listed);
    expect(permissionsFor('firefox', 2)).toEqual(listed);
  });
});
