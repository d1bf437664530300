import { generateKeyPair, UnsecuredJWT } from 'jose';
import { Actor } from '@cpp/access';
import { startTestPlatform, TestPlatform } from '../support/platform-harness';
import { signWith, TestIdentityProvider } from './support/test-identity-provider';

const LEVELS = `{ administrativeLevels { levelCode } }`;
const OBLIGATIONS = `query ($agency: ID!) { obligations(agency: $agency) { id } }`;
const officer: Actor = { subject: 'f3a1c2d4-officer-so-y-te', name: 'Cán bộ Sở Y tế', agencyId: 'so-y-te-soc-trang', roles: ['agency-officer'] };

/**
 * The platform trusting an external OIDC provider by its JWKS (the one verification path the
 * embedded signer also takes): every refusal the issue lists, through GraphQL over HTTP.
 */
describe('identity: OIDC access tokens verified against a JWKS', () => {
  let idp: TestIdentityProvider;
  let t: TestPlatform;

  beforeAll(async () => {
    idp = await TestIdentityProvider.start();
    t = await startTestPlatform({
      identity: { issuer: idp.issuer, audience: idp.audience, jwksUrl: idp.jwksUrl, developmentKeyFile: null, clockToleranceSeconds: 30, jwksCooldownMs: 0 },
    });
    await t.grant(officer);
  }, 120000);

  afterAll(async () => {
    await t?.stop();
    await idp?.stop();
  });

  const codeWith = async (token: string, query = LEVELS) =>
    (await t.withToken(token).request(query, { agency: 'so-y-te-soc-trang' })).errors?.[0]?.extensions?.code ?? 'OK';

  it('accepts RS256 and ES256 tokens from the provider, and the grants (not the token) say what the subject may read', async () => {
    expect(await codeWith(await idp.sign({ subject: officer.subject, alg: 'RS256' }))).toBe('OK');
    expect(await codeWith(await idp.sign({ subject: officer.subject, alg: 'ES256' }))).toBe('OK');
    expect(await codeWith(await idp.sign({ subject: officer.subject }), OBLIGATIONS)).toBe('OK');
    // Signed by the provider but granted nothing: who they are is proven, what they may do is not.
    expect(await codeWith(await idp.sign({ subject: 'nobody-granted' }), OBLIGATIONS)).toBe('FORBIDDEN');
    expect(t.tokens).toBeNull();
  });

  it.each([
    ['expired beyond the clock leeway', { expiresIn: -120 }],
    ['not yet valid', { notBefore: 300 }],
    ['from another issuer', { issuer: 'https://evil.test/realms/cpp' }],
    ['for another audience', { audience: 'another-client' }],
  ])('refuses a token %s', async (_label, claims) => {
    expect(await codeWith(await idp.sign({ subject: officer.subject, ...claims }))).toBe('UNAUTHENTICATED');
  });

  it('accepts a token expired within the clock leeway (30 s)', async () => {
    expect(await codeWith(await idp.sign({ subject: officer.subject, expiresIn: -10 }))).toBe('OK');
  });

  it('refuses alg none', async () => {
    const now = Math.floor(Date.now() / 1000);
    const unsigned = new UnsecuredJWT({})
      .setSubject(officer.subject)
      .setIssuer(idp.issuer)
      .setAudience(idp.audience)
      .setIssuedAt(now)
      .setExpirationTime(now + 300)
      .encode();
    expect(unsigned.split('.')[2]).toBe('');
    expect(await codeWith(unsigned)).toBe('UNAUTHENTICATED');
  });

  it('refuses an algorithm switch: HS256 signed with the provider’s public key as the secret', async () => {
    const secret = new TextEncoder().encode(JSON.stringify(idp.publicRsaJwk()));
    const nBytes = Buffer.from(idp.publicRsaJwk().n!, 'base64url');
    for (const key of [secret, nBytes]) {
      expect(await codeWith(await signWith(key, 'HS256', idp.publicRsaJwk().kid!, { subject: officer.subject }, idp))).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a token signed by a key the provider never published, even under a published kid', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    expect(await codeWith(await signWith(privateKey, 'RS256', idp.publicRsaJwk().kid!, { subject: officer.subject }, idp))).toBe('UNAUTHENTICATED');
    expect(await codeWith(await signWith(privateKey, 'RS256', 'unknown-kid', { subject: officer.subject }, idp))).toBe('UNAUTHENTICATED');
  });

  it('follows a key rotation mid-run: a token under the new kid is accepted after the JWKS is fetched again', async () => {
    expect(await codeWith(await idp.sign({ subject: officer.subject }))).toBe('OK');
    const fetchesBefore = idp.jwksFetches;
    await idp.rotate('rsa-2');
    const rotated = await idp.sign({ subject: officer.subject });
    expect(JSON.parse(Buffer.from(rotated.split('.')[0], 'base64url').toString()).kid).toBe('rsa-2');
    expect(await codeWith(rotated)).toBe('OK');
    expect(idp.jwksFetches).toBeGreaterThan(fetchesBefore);
  });

  it('refuses a request without a bearer token', async () => {
    expect((await t.anonymous.request(LEVELS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
