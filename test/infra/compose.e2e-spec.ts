import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');

/**
 * No Docker engine runs here or in CI, but Debian's docker-compose validates a compose file
 * without one: the deployment stays loadable as the code moves.
 */
describe('infra compose files', () => {
  it.each(['infra/compose.yaml', 'infra/compose.test.yaml'])('%s is a valid compose file with every platform role', (file) => {
    const result = spawnSync('docker-compose', ['-f', file, 'config'], { cwd: root, encoding: 'utf8', env: { ...process.env, JWT_SECRET: 'x'.repeat(40) } });
    expect(result.error).toBeUndefined();
    expect(result.stderr).not.toMatch(/ERROR/);
    expect(result.status).toBe(0);
    if (file === 'infra/compose.yaml') {
      for (const role of ['api', 'projector', 'ingest', 'relay']) expect(result.stdout).toContain(`PLATFORM_ROLE: ${role}`);
      expect(result.stdout).toMatch(/eventstoredb:|kurrentdb:/);
      expect(result.stdout).toContain('kafka:');
      // Identity: Keycloak, and every platform role verifying its tokens by JWKS (no shared secret).
      expect(result.stdout).toContain('quay.io/keycloak/keycloak');
      expect(result.stdout).toContain('OIDC_JWKS_URL: http://keycloak:8080/realms/cpp/protocol/openid-connect/certs');
      expect(result.stdout).not.toContain('JWT_SECRET');
    } else {
      expect(result.stdout).toMatch(/eventstore/);
    }
  });
});
