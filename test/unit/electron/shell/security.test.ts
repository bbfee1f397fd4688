// Covers electron/security.ts: the CSP, the external-link allow-list and the IPC sender check.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  contentSecurityPolicy,
  externalLinkAllowList,
  isAllowedExternalLink,
  isTrustedSender,
  metaContentSecurityPolicy,
} from '../../../../electron/security.ts';
import { APP_ORIGIN } from '../../../../electron/ipc.ts';

/** directive name → its sources, e.g. "script-src" → ["'self'"]. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

describe('contentSecurityPolicy', () => {
  const policy = directives(contentSecurityPolicy);

  it('never allows eval', () => {
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy).not.toContain('wasm-unsafe-eval');
  });

  it('runs scripts from the app itself only', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('names no remote origin, wildcard or scheme source anywhere', () => {
    const allowed = new Set(["'self'", "'none'", "'unsafe-inline'", 'data:']);
    for (const [name, sources] of policy) {
      for (const source of sources) expect(allowed.has(source), `${name} ${source}`).toBe(true);
    }
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('allows inline styles but no inline scripts', () => {
    expect(policy.get('style-src')).toContain("'unsafe-inline'");
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('blocks plugins, framing, base rewriting and form posts', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });
});

describe('metaContentSecurityPolicy', () => {
  it('is the header policy less the directives a <meta> policy ignores', () => {
    const header = directives(contentSecurityPolicy);
    const meta = directives(metaContentSecurityPolicy);
    expect(meta.has('frame-ancestors')).toBe(false);
    header.delete('frame-ancestors');
    expect(meta).toEqual(header);
  });
});

describe('isAllowedExternalLink', () => {
  it('allows https links under every listed prefix', () => {
    for (const prefix of externalLinkAllowList) {
      expect(isAllowedExternalLink(prefix)).toBe(true);
      expect(isAllowedExternalLink(`${prefix}some/page?q=1#part`)).toBe(true);
    }
    expect(isAllowedExternalLink('https://www.digisprong.be/')).toBe(true);
  });

  it('refuses plain http, even to a listed host', () => {
    expect(isAllowedExternalLink('http://www.digisprong.be/')).toBe(false);
  });

  it('refuses script, file and other schemes', () => {
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'file:///C:/Windows/System32/calc.exe',
      'data:text/html,<script>alert(1)</script>',
      'smb://www.digisprong.be/share',
      'ms-msdt:/id PCWDiagnostic',
    ]) {
      expect(isAllowedExternalLink(url), url).toBe(false);
    }
  });

  it('refuses lookalike hosts that merely start like a listed one', () => {
    for (const url of [
      'https://www.digisprong.be.evil.com/',
      'https://www.digisprong.bee/',
      'https://evil.com/https://www.digisprong.be/',
      'https://www.digisprong.be:8443/',
      'https://xn--digisprng-p7a.be/',
    ]) {
      expect(isAllowedExternalLink(url), url).toBe(false);
    }
  });

  it('refuses credentials in the URL', () => {
    expect(isAllowedExternalLink('https://user:secret@www.digisprong.be/')).toBe(false);
    expect(isAllowedExternalLink('https://user@www.digisprong.be/')).toBe(false);
    expect(isAllowedExternalLink('https://www.digisprong.be@evil.com/')).toBe(false);
  });

  it('refuses garbage', () => {
    for (const url of ['', 'not a url', 'https://', '//www.digisprong.be/', 'www.digisprong.be']) {
      expect(isAllowedExternalLink(url), url).toBe(false);
    }
  });

  it('allows only links whose parsed host is a listed one, whatever follows the host name', () => {
    const listedHosts = new Set(externalLinkAllowList.map((prefix) => new URL(prefix).host));
    const bases = externalLinkAllowList.map((prefix) => prefix.replace(/\/$/, ''));
    const piece = fc.oneof(
      fc.constantFrom('.', '@', ':', '/', '\\', '#', '?', '%2f', '%40', 'evil.com', '.be', '..', ':443', 'user:pw@'),
      fc.string({ unit: 'grapheme-ascii', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.array(piece, { maxLength: 6 }), (base, pieces) => {
        const url = base + pieces.join('');
        if (!isAllowedExternalLink(url)) return;
        const parsed = new URL(url);
        expect(parsed.protocol).toBe('https:');
        expect(listedHosts.has(parsed.host), url).toBe(true);
        expect(parsed.username + parsed.password).toBe('');
      }),
      { numRuns: 500 },
    );
  });
});

describe('isTrustedSender', () => {
  it('accepts the app page in the top frame', () => {
    expect(isTrustedSender('app://digiplan/index.html', true, APP_ORIGIN)).toBe(true);
    expect(isTrustedSender('app://digiplan/', true, APP_ORIGIN)).toBe(true);
    expect(isTrustedSender('app://digiplan/index.html#/plan/1', true, APP_ORIGIN)).toBe(true);
  });

  it('refuses the app page in a subframe', () => {
    expect(isTrustedSender('app://digiplan/index.html', false, APP_ORIGIN)).toBe(false);
  });

  it('refuses other schemes and hosts', () => {
    for (const url of [
      'https://digiplan/index.html',
      'http://digiplan/',
      'file:///app/out/renderer/index.html',
      'app://evil/index.html',
      'app://digiplan.evil.com/',
      'app://digiplan:8080/',
      'https://www.digisprong.be/',
      'about:blank',
      'data:text/html,hi',
    ]) {
      expect(isTrustedSender(url, true, APP_ORIGIN), url).toBe(false);
    }
  });

  it('refuses an unknown frame and garbage', () => {
    expect(isTrustedSender(undefined, true, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender('', true, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender('not a url', true, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender('app://digiplan/', true, 'not an origin')).toBe(false);
  });
});
