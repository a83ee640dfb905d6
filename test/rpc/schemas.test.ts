import { expect } from 'chai';
import { SchemaRegistry } from '../../src/rpc/schemas.js';
import { formatViolationCode, isValidRpcErrorCode, rpcErrorCodesOf, schemaKeywordToRpcError } from '../../src/rpc/error-codes.js';
import { OCPP_VERSIONS } from '../../src/rpc/versions.js';
import { boot16, bootConf16, boot201, bootResp201, periodicEventStream21, transactionEvent201 } from '../helpers/payloads.js';

describe('rpc/schemas SchemaRegistry', () => {
  it('is one instance per version', () => {
    expect(SchemaRegistry.for('2.0.1')).to.equal(SchemaRegistry.for('2.0.1'));
    expect(SchemaRegistry.for('1.6')).not.to.equal(SchemaRegistry.for('2.0.1'));
  });

  describe('OCPP 1.6', () => {
    const reg = SchemaRegistry.for('1.6');

    it('knows the core and the security-whitepaper actions, not 2.x ones', () => {
      for (const a of ['BootNotification', 'Heartbeat', 'StartTransaction', 'SignCertificate', 'CertificateSigned', 'SecurityEventNotification', 'SignedFirmwareStatusNotification']) {
        expect(reg.hasAction(a), a).to.equal(true);
      }
      expect(reg.hasAction('TransactionEvent')).to.equal(false);
      expect(reg.hasAction('NoSuchAction')).to.equal(false);
    });

    it('accepts valid payloads', () => {
      expect(reg.validate('BootNotification', 'request', boot16)).to.deep.equal({ valid: true });
      expect(reg.validate('BootNotification', 'response', bootConf16)).to.deep.equal({ valid: true });
      expect(reg.validate('SignCertificate', 'request', { csr: '-----BEGIN CERTIFICATE REQUEST-----\n...' })).to.deep.equal({ valid: true });
      expect(reg.validate('SignCertificate', 'response', { status: 'Accepted' }).valid).to.equal(true);
    });

    it('maps each kind of violation to the 1.6 spelling', () => {
      const missing = reg.validate('SignCertificate', 'request', {});
      expect(missing).to.include({ valid: false, rpcErrorCode: 'OccurenceConstraintViolation' });
      expect(missing.message).to.contain('csr');
      expect(reg.validate('BootNotification', 'request', { ...boot16, chargePointVendor: 5 }).rpcErrorCode).to.equal('TypeConstraintViolation');
      expect(reg.validate('BootNotification', 'request', { ...boot16, chargePointVendor: 'x'.repeat(21) }).rpcErrorCode).to.equal('PropertyConstraintViolation');
      const extra = reg.validate('BootNotification', 'request', { ...boot16, colour: 'red' });
      expect(extra.rpcErrorCode).to.equal('FormationViolation');
      expect(extra.message).to.contain("'colour'");
      const badEnum = reg.validate('SignCertificate', 'response', { status: 'Maybe' });
      expect(badEnum.rpcErrorCode).to.equal('PropertyConstraintViolation');
      expect(badEnum.message).to.contain('Accepted');
      expect(reg.validate('BootNotification', 'response', { ...bootConf16, currentTime: 'yesterday' }).rpcErrorCode).to.equal('PropertyConstraintViolation');
    });
  });

  describe('OCPP 2.0.1', () => {
    const reg = SchemaRegistry.for('2.0.1');

    it('accepts valid payloads, including a TransactionEvent with a dozen sampled values', () => {
      expect(reg.validate('BootNotification', 'request', boot201).valid).to.equal(true);
      expect(reg.validate('BootNotification', 'response', bootResp201).valid).to.equal(true);
      expect(reg.validate('TransactionEvent', 'request', transactionEvent201()).valid).to.equal(true);
      expect(reg.validate('SignCertificate', 'request', { csr: 'x' }).valid).to.equal(true);
    });

    it('maps each kind of violation to the 2.0.1 spelling', () => {
      expect(reg.validate('BootNotification', 'request', { reason: 'PowerUp' }).rpcErrorCode).to.equal('OccurrenceConstraintViolation');
      expect(reg.validate('BootNotification', 'request', { ...boot201, extra: 1 }).rpcErrorCode).to.equal('FormatViolation');
      expect(reg.validate('BootNotification', 'request', { ...boot201, reason: 'Bored' }).rpcErrorCode).to.equal('PropertyConstraintViolation');
      expect(reg.validate('BootNotification', 'request', { ...boot201, chargingStation: 'x' }).rpcErrorCode).to.equal('TypeConstraintViolation');
      const tx = transactionEvent201();
      const emptySamples = { ...tx, meterValue: [{ timestamp: tx.timestamp, sampledValue: [] }] };
      const check = reg.validate('TransactionEvent', 'request', emptySamples);
      expect(check.rpcErrorCode).to.equal('OccurrenceConstraintViolation');
      expect(check.message).to.contain('/meterValue/0/sampledValue');
      expect(check.errors).to.be.an('array').with.length.greaterThan(0);
    });

    it('reports a missing schema instead of throwing', () => {
      const check = reg.validate('NoSuchAction', 'request', {});
      expect(check.valid).to.equal(false);
      expect(check.message).to.contain('NoSuchAction');
    });

    it('exposes the raw schema document', () => {
      expect(reg.schemaOf('Heartbeat', 'response')?.$id).to.be.a('string');
      expect(reg.schemaOf('NoSuchAction', 'request')).to.equal(undefined);
    });
  });

  describe('OCPP 2.1', () => {
    const reg = SchemaRegistry.for('2.1');

    it('knows the 2.1-only actions, including the SEND-only NotifyPeriodicEventStream', () => {
      for (const a of ['AFRRSignal', 'GetTariffs', 'NotifyPeriodicEventStream', 'BootNotification']) expect(reg.hasAction(a), a).to.equal(true);
      expect(SchemaRegistry.for('2.0.1').hasAction('AFRRSignal')).to.equal(false);
      expect(reg.validate('NotifyPeriodicEventStream', 'request', periodicEventStream21).valid).to.equal(true);
      expect(reg.validate('NotifyPeriodicEventStream', 'request', { ...periodicEventStream21, data: [] }).rpcErrorCode).to.equal('OccurrenceConstraintViolation');
    });

    it('validates with the 2.x spelling', () => {
      expect(reg.validate('BootNotification', 'request', boot201).valid).to.equal(true);
      expect(reg.validate('BootNotification', 'request', {}).rpcErrorCode).to.equal('OccurrenceConstraintViolation');
      expect(reg.validate('Heartbeat', 'request', { x: 1 }).rpcErrorCode).to.equal('FormatViolation');
    });
  });

  it('compiles every schema of every bundle', function () {
    this.timeout(10_000);
    for (const version of OCPP_VERSIONS) {
      const reg = SchemaRegistry.for(version);
      expect(reg.actions.size, version).to.be.greaterThan(30);
      for (const action of reg.actions) {
        const check = reg.validate(action, 'request', {});
        expect(check.message ?? '', `${version} ${action}`).not.to.match(/^no request schema/);
      }
    }
  });
});

describe('rpc/error-codes', () => {
  it('spells the codes per version', () => {
    expect(rpcErrorCodesOf('1.6')).to.include.members(['FormationViolation', 'OccurenceConstraintViolation', 'NotSupported', 'GenericError']);
    expect(rpcErrorCodesOf('1.6')).not.to.include.members(['FormatViolation']);
    expect(rpcErrorCodesOf('1.6')).not.to.include('MessageTypeNotSupported');
    for (const v of ['2.0.1', '2.1'] as const) {
      expect(rpcErrorCodesOf(v)).to.include.members(['FormatViolation', 'OccurrenceConstraintViolation', 'MessageTypeNotSupported', 'RpcFrameworkError']);
      expect(rpcErrorCodesOf(v)).not.to.include('FormationViolation');
      expect(rpcErrorCodesOf(v)).not.to.include('OccurenceConstraintViolation');
    }
  });

  it('validates codes', () => {
    expect(isValidRpcErrorCode('1.6', 'FormationViolation')).to.equal(true);
    expect(isValidRpcErrorCode('1.6', 'FormatViolation')).to.equal(false);
    expect(isValidRpcErrorCode('2.0.1', 'FormatViolation')).to.equal(true);
    expect(isValidRpcErrorCode('2.0.1', 'OccurenceConstraintViolation')).to.equal(false);
    expect(isValidRpcErrorCode('2.0.1', 42)).to.equal(false);
    expect(formatViolationCode('1.6')).to.equal('FormationViolation');
    expect(formatViolationCode('2.1')).to.equal('FormatViolation');
  });

  it('maps schema keywords to a code of the same version', () => {
    const table: Array<[string, string, string]> = [
      ['required', 'OccurenceConstraintViolation', 'OccurrenceConstraintViolation'],
      ['minItems', 'OccurenceConstraintViolation', 'OccurrenceConstraintViolation'],
      ['type', 'TypeConstraintViolation', 'TypeConstraintViolation'],
      ['enum', 'PropertyConstraintViolation', 'PropertyConstraintViolation'],
      ['maxLength', 'PropertyConstraintViolation', 'PropertyConstraintViolation'],
      ['format', 'PropertyConstraintViolation', 'PropertyConstraintViolation'],
      ['additionalProperties', 'FormationViolation', 'FormatViolation'],
      ['somethingElse', 'FormationViolation', 'FormatViolation'],
    ];
    for (const [keyword, v16, v201] of table) {
      expect(schemaKeywordToRpcError('1.6', keyword), keyword).to.equal(v16);
      expect(schemaKeywordToRpcError('2.0.1', keyword), keyword).to.equal(v201);
      expect(isValidRpcErrorCode('1.6', schemaKeywordToRpcError('1.6', keyword))).to.equal(true);
      expect(isValidRpcErrorCode('2.1', schemaKeywordToRpcError('2.1', keyword))).to.equal(true);
    }
  });
});
