/**
 * What the other blocks may use of A Security: the station's certificates and security events.
 */

/** Certificates and security events (security.ts). */
export interface SecurityPort {
  requestCertificate(use: 'ChargingStationCertificate' | 'V2GCertificate', triggered: boolean): Promise<void>;
  fallBackToOldRoot(): void;
  tlsMaterial(): { ca?: string[]; cert?: string; key?: string };
  onConnected(): void;
  readonly hasStationCertificate: boolean;
  hasRoot(use: 'CSMSRootCertificate' | 'V2GRootCertificate'): boolean;
  /** The installed root certificates (PEM) of a use, e.g. ManufacturerRootCertificate for the firmware signature (L01.FR.02). */
  installedRoots(use: string): string[];
  event(type: string, techInfo?: string): void;
  readonly certificateCount: number;
}
