import { readIntegrationConfig } from './integration-config';

describe('integration configuration', () => {
  it('names the contracts’ topics and the ingest group by default, and no sending system', () => {
    expect(readIntegrationConfig({})).toEqual({
      inboundTopic: 'cpp.agency.inbound.v1',
      publicTopic: 'cpp.platform.public.v1',
      ingestGroup: 'cpp-ingest',
      senders: null,
    });
  });

  it('reads which sending system acts for which agencies from INTEGRATION_SENDERS', () => {
    const env = {
      INTEGRATION_SENDERS: '{"soc-trang-gateway": ["so-y-te-soc-trang", "so-gddt-soc-trang"], "son-duong-gateway": []}',
      INTEGRATION_INBOUND_TOPIC: 'agency.in',
    };
    expect(readIntegrationConfig(env)).toMatchObject({
      inboundTopic: 'agency.in',
      senders: { 'soc-trang-gateway': ['so-y-te-soc-trang', 'so-gddt-soc-trang'], 'son-duong-gateway': [] },
    });
  });

  it.each([
    ['not JSON', "{'soc-trang-gateway': []}", /must be a JSON object/],
    ['a list', '["so-y-te-soc-trang"]', /must be a JSON object/],
    ['an agency that is not a string', '{"soc-trang-gateway": ["so-y-te-soc-trang", 7]}', /the entry of soc-trang-gateway is not a list of agency ids/],
    ['one agency instead of a list', '{"soc-trang-gateway": "so-y-te-soc-trang"}', /the entry of soc-trang-gateway is not a list of agency ids/],
  ])('refuses to start with INTEGRATION_SENDERS that is %s', (_, value, message) => {
    expect(() => readIntegrationConfig({ INTEGRATION_SENDERS: value })).toThrow(message);
  });
});
