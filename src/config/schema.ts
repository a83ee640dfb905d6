/** The published JSON schema of the harness config file (`ocpp-harness config schema`). */
import { configuredSchema } from './configured.js';

const hook = {
  type: 'object',
  additionalProperties: false,
  properties: {
    command: { type: 'string', minLength: 1, description: 'Shell command; gets {action, params, caseId, sut} as JSON on stdin; exit 0 = done; stdout may return JSON data.' },
    url: { type: 'string', pattern: '^https?://', description: 'URL that receives the same JSON as a POST; 2xx = done.' },
    timeoutMs: { type: 'integer', minimum: 1, description: 'How long this hook may take to report an action done (default: timeouts.operatorMs); running out is INCONCLUSIVE.' },
  },
  oneOf: [{ required: ['command'] }, { required: ['url'] }],
} as const;

const idToken = {
  type: 'object', additionalProperties: false, required: ['idToken'],
  properties: { idToken: { type: 'string', minLength: 1, maxLength: 36 }, type: { type: 'string' } },
} as const;

export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://ocpp-harness.dev/schema/config.json',
  title: 'ocpp-harness configuration',
  type: 'object',
  additionalProperties: false,
  properties: {
    ocpp: { enum: ['1.6', '2.0.1', '2.1'], description: 'OCPP version under test.' },
    sut: { enum: ['cs', 'csms'], description: 'cs: a charging station is under test (the harness is the CSMS); csms: a CSMS is under test (the harness is a station).' },
    ics: {
      type: 'object', additionalProperties: false, description: 'Implementation conformance statement: what the SUT claims.',
      properties: {
        profiles: { type: 'array', items: { type: 'string' }, description: 'Certification profiles claimed, e.g. Core, Advanced Security.' },
        features: { type: 'array', items: { type: 'string' }, description: 'Optional features claimed (Part 5 ids: C-30, AS-2, ...).' },
        evses: { type: 'array', minItems: 1, items: { type: 'object', additionalProperties: false, required: ['id', 'connectors'], properties: { id: { type: 'integer', minimum: 1 }, connectors: { type: 'integer', minimum: 1 } } } },
        idTokens: {
          type: 'object', additionalProperties: false,
          properties: { valid: idToken, valid2: idToken, invalid: idToken, blocked: idToken, expired: idToken, masterPass: idToken, masterPassGroup: idToken, group: idToken, emaid: idToken },
        },
        securityProfile: { enum: [0, 1, 2, 3] },
        station: {
          type: 'object', additionalProperties: false, description: 'Station identity: of the SUT (sut: cs) or the one the harness uses (sut: csms).',
          properties: { id: { type: 'string', minLength: 1, maxLength: 48 }, vendor: { type: 'string' }, model: { type: 'string' }, serialNumber: { type: 'string' }, firmwareVersion: { type: 'string' } },
        },
        heartbeatInterval: { type: 'integer', minimum: 1 },
        timeouts: {
          type: 'object', additionalProperties: false,
          properties: {
            messageMs: { type: 'integer', minimum: 100, description: 'How long the SUT may take to send or answer a message (default 10000).' },
            maxTimeDeviationMs: { type: 'integer', minimum: 0, description: 'Configurable time deviation of Part 6 section 2 (default 4000): how far a time the SUT reports may be from ours in the official time checks.' },
            bootMs: { type: 'integer', minimum: 1000, description: 'How long a (re)boot after a power cycle or reset may take, up to its BootNotification (default 180000).' },
          },
        },
      },
    },
    listen: {
      type: 'object', additionalProperties: false, description: 'sut: cs — where the harness (as CSMS) listens.',
      properties: { host: { type: 'string' }, port: { type: 'integer', minimum: 0, maximum: 65535 } },
    },
    fileServer: {
      type: 'object', additionalProperties: false,
      description: 'The file server the harness starts when a case needs one: firmware the station downloads (UpdateFirmware), logs and diagnostics it uploads (GetLog, GetDiagnostics). Its URLs go to the station, so they must be reachable from it.',
      properties: {
        host: { type: 'string', description: 'Address the file server binds to (default: listen.host, else 127.0.0.1; 0.0.0.0 for every interface).' },
        advertisedHost: { type: 'string', description: 'Host name or address put in the URLs sent to the station (default: host, or 127.0.0.1 when host is 0.0.0.0/::). Set it to an address a real station can reach.' },
        httpPort: { type: 'integer', minimum: 0, maximum: 65535, description: 'HTTP port (default 0: any free port).' },
        httpsPort: { type: 'integer', minimum: 0, maximum: 65535, description: 'HTTPS port (default 0: any free port); serves the CSMS server certificate (test PKI or tls.certFile).' },
        ftpPort: { type: 'integer', minimum: 0, maximum: 65535, description: 'FTP control port (default 0: any free port).' },
        ftpPassivePortMin: { type: 'integer', minimum: 0, maximum: 65535, description: 'Lowest FTP passive data port (default 0 with ftpPassivePortMax 0: any free port); give a range a firewall lets through.' },
        ftpPassivePortMax: { type: 'integer', minimum: 0, maximum: 65535, description: 'Highest FTP passive data port.' },
        protocols: { type: 'array', uniqueItems: true, minItems: 1, items: { enum: ['http', 'https', 'ftp'] }, description: 'Protocols served (default all three).' },
        username: { type: 'string', minLength: 1, description: 'FTP user name (put in the ftp:// URLs sent to the station), and the HTTP Basic-auth user when httpAuth (default: station).' },
        password: { type: 'string', minLength: 1, description: 'FTP password (default: a random one per run). Prefer the OCPPH_FILESERVER_PASSWORD environment variable.' },
        httpAuth: { type: 'boolean', description: 'Require the credentials over HTTP(S) too (default false: HTTP URLs carry no credentials).' },
      },
      dependencies: { ftpPassivePortMin: ['ftpPassivePortMax'], ftpPassivePortMax: ['ftpPassivePortMin'] },
    },
    csmsUrl: { type: 'string', pattern: '^wss?://', description: 'sut: csms — the CSMS endpoint (without the station id).' },
    password: { type: 'string', description: 'Basic-auth password of the station identity (security profiles 1-2). Prefer the OCPPH_PASSWORD environment variable.' },
    certs: { type: 'string', description: 'Folder of the test PKI (made by `ocpp-harness certs init`).' },
    tls: {
      type: 'object', additionalProperties: false,
      properties: {
        serverCert: { enum: ['rsa', 'ecdsa'], description: 'sut: cs — serve only this test-PKI CSMS server certificate (unset: both, RSA and ECDSA, for the four A00.FR.318 suites).' },
        caFile: { type: 'string', description: 'Your own PKI: PEM CA certificate(s) the harness trusts for the peer: the CSMS server certificate (sut: csms) or the station client certificates (sut: cs, profile 3). Replaces the test PKI root.' },
        certFile: { type: 'string', description: 'Your own PKI: PEM certificate (with its intermediates) the harness presents: the CSMS server certificate (sut: cs) or the station client certificate (sut: csms, profile 3). Needs keyFile.' },
        keyFile: { type: 'string', description: 'Your own PKI: PEM private key of certFile.' },
      },
      dependencies: { certFile: ['keyFile'], keyFile: ['certFile'] },
    },
    operator: {
      type: 'object', additionalProperties: false,
      properties: {
        interactive: { enum: ['auto', true, false], description: 'Prompt at the terminal for manual steps (auto: when stdin is a TTY and not CI).' },
        hook: hook,
        actions: { type: 'object', additionalProperties: hook, description: 'A hook per operator action name; overrides `hook`.' },
        settleMs: { type: 'integer', minimum: 0, description: 'Pause before each action a hook performs, so the SUT settles after the previous exchange (default 1000 for hooks; the built-in simulators use 0).' },
      },
    },
    timeouts: {
      type: 'object', additionalProperties: false,
      properties: {
        caseMs: { type: 'integer', minimum: 1000, description: 'Deadline of one case.' },
        connectMs: { type: 'integer', minimum: 100, description: 'How long to wait for the SUT to (re)connect.' },
        holdMs: { type: 'integer', minimum: 0, description: 'How long an unclaimed decision call waits for a case before the default answer.' },
        upgradeMs: { type: 'integer', minimum: 100, description: 'sut: cs — how long a station may take from TCP connect to a complete WebSocket upgrade request (TLS handshake included); slower ones are dropped.' },
        operatorMs: { type: 'integer', minimum: 1000, description: 'How long a manual step may take (default 600000): the wait for what the SUT does after it is timed from when the operator reports it done; running out is INCONCLUSIVE.' },
        reconnectDelayMs: { type: 'integer', minimum: 0, description: 'Pause before the harness, as a station, reconnects after closing its connection (default 1000).' },
        pingMs: { type: 'integer', minimum: 0, description: 'WebSocket ping interval, both roles (default 30000; 0 disables): a connection that misses a pong by the next ping is lost.' },
      },
    },
    limits: {
      type: 'object', additionalProperties: false, description: 'How much the harness takes from the SUT.',
      properties: {
        maxFrameDepth: { type: 'integer', minimum: 2, maximum: 10000, default: 64, description: 'Frames nesting arrays/objects deeper than this (default 64) are a protocol finding (FRAME_TOO_DEEP) and kept as raw text only.' },
      },
    },
    configured: configuredSchema(),
    out: { type: 'string', description: 'Output folder of the run.' },
    stateFile: { type: 'string', description: 'sut: csms — where a run records what it changed in the CSMS for good (the station password TC_A_09_CSMS sets), read back by the next run; default ocpp-harness.state.json next to the config file.' },
  },
} as const;
