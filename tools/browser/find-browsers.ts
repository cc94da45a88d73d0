// Finds the browsers the end-to-end tests drive: CHROME_PATH / FIREFOX_PATH, else the system's.
// scripts/find-browsers.ts, run as a script, makes sure both are there: on Debian or Ubuntu as root it installs the
// missing ones with apt-get; elsewhere it says exactly what to install, and fails.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export type BrowserKind = 'chromium' | 'firefox';
export const BROWSER_KINDS: readonly BrowserKind[] = ['chromium', 'firefox'];

const CANDIDATES: Record<BrowserKind, { env: string; paths: string[]; apt: string }> = {
  chromium: {
    env: 'CHROME_PATH',
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
    ],
    apt: 'chromium',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    apt: 'firefox-esr',
  },
};

export function findBrowser(kind: BrowserKind): string | null {
  const { env, paths } = CANDIDATES[kind];
  const fromEnv = process.env[env];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return paths.find((path) => existsSync(path)) ?? null;
}

export function requireBrowser(kind: BrowserKind): string {
  const path = findBrowser(kind);
  if (!path) throw new Error(missingMessage([kind]));
  return path;
}

function missingMessage(kinds: BrowserKind[]): string {
  const apt = kinds.map((k) => CANDIDATES[k].apt).join(' ');
  const envs = kinds.map((k) => `${CANDIDATES[k].env}=/path/to/${k}`).join(' ');
  return [
    `Missing browser(s) for the end-to-end tests: ${kinds.join(', ')}.`,
    `  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y ${apt} fonts-noto-core`,
    '  Fedora: sudo dnf install chromium firefox    macOS: brew install --cask chromium firefox',
    `  Or point the tests at installed ones: ${envs} npm test`,
  ].join('\n');
}

function isDebianLike(): boolean {
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

export function ensureBrowsers(): void {
  const missing = (Object.keys(CANDIDATES) as BrowserKind[]).filter((kind) => !findBrowser(kind));
  if (missing.length === 0) return;
  const explicit = missing.filter((kind) => process.env[CANDIDATES[kind].env]);
  const root = process.getuid?.() === 0;
  if (explicit.length > 0 || !root || !isDebianLike()) {
    console.error(missingMessage(missing));
    process.exit(1);
  }
  const packages = missing.map((kind) => CANDIDATES[kind].apt);
  console.log(`Installing ${packages.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages, 'fonts-noto-core'], {
    stdio: 'inherit',
    env,
  });
}
