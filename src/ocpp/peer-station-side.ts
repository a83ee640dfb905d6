/**
 * The harness plays the charging station; the SUT is a CSMS the harness connects to. What only this
 * role can do: (re)connect with other options, stay offline, and answer the CSMS's information
 * requests at once.
 */
import type { OcppVersion } from '../domain/version.js';
import { HarnessError } from '../errors.js';
import type { LinkConnection, StationLink } from './link.js';
import type { OcppClientOptions } from '../transport/client.js';
import { fetchFile, uploadFile, type FetchOptions, type UploadOptions } from '../transport/file-transfer.js';
import { INFORMATION_ACTIONS } from './default-responses.js';
import { HarnessDeviceModel } from './station-device-model.js';
import { Peer, type PeerOptions } from './peer.js';

export class StationSidePeer<V extends OcppVersion = OcppVersion> extends Peer<V, StationLink> {
  readonly side = 'station' as const;

  constructor(link: StationLink, options: PeerOptions) {
    super(link, options);
    // Part 6 §3.1: the test tool's station has a device model, which GetVariables / SetVariables / GetBaseReport use.
    if (this.version !== '1.6') {
      this.responderCtx.deviceModel = new HarnessDeviceModel({
        evses: this.ics.evses, heartbeatInterval: this.ics.heartbeatInterval, securityProfile: this.ics.securityProfile,
        stationId: this.ics.station.id, vendor: this.ics.station.vendor, model: this.ics.station.model,
      });
    }
    this.follow();
  }

  /** Pure information requests (GetVariables, GetConfiguration...) carry no decision either: answered at once. */
  protected override answersAtOnce(action: string): boolean {
    return super.answersAtOnce(action) || INFORMATION_ACTIONS.has(action);
  }

  /**
   * (Re)connects with other options (`tls` fields merge into the configured ones), returning the typed
   * error instead of throwing. `persist`: keep the overrides for later connections (the station's new
   * credentials, e.g. after the CSMS changed its BasicAuthPassword).
   */
  async connect(overrides: Partial<OcppClientOptions> = {}, options: { persist?: boolean } = {}): Promise<{ ok: true; info: LinkConnection['info'] } | { ok: false; error: HarnessError }> {
    try {
      const c = await this.link.connect(overrides, options);
      this.recorder.step(`connected (${c.info.stationId}, ${String(c.info.protocol)})`);
      return { ok: true, info: c.info };
    } catch (err) {
      if (err instanceof HarnessError) {
        this.recorder.step(`connection refused: ${err.message}`, 'info');
        return { ok: false, error: err };
      }
      throw err;
    }
  }

  /**
   * Part 6 "going offline": closes the WebSocket; the harness's next connection waits `ms`.
   * Resolves once the connection is closed.
   */
  async goOffline(ms: number): Promise<void> {
    this.link.stayOffline(Date.now() + ms);
    this.recorder.step(`going offline for ${ms} ms`, 'info');
    await this.disconnect();
  }

  /** The harness as a station fetches a file the CSMS named (a firmware location), over HTTP(S) or FTP. */
  fetchFile(location: string, options: FetchOptions): Promise<Buffer> {
    return fetchFile(location, options);
  }

  /** The harness as a station puts a file where the CSMS asked (a diagnostics or log upload), over HTTP(S) or FTP. */
  uploadFile(location: string, name: string, bytes: Buffer, options: UploadOptions): Promise<void> {
    return uploadFile(location, name, bytes, options);
  }
}
