import type { DeviceCodeEntry } from "./device-code-schema";

/**
 * Scan-to-e-mail and SMTP codes that copier and scanner makers document, one entry per code, each
 * with the maker's page it was read on (`deviceCodeEntrySchema` says what an entry must hold).
 *
 * Empty on purpose. The research pass for this table (Canon #7xx/#8xx, Sharp CE-0x, Kyocera send
 * errors, Xerox 016-/027- faults, Ricoh, Konica Minolta, Brother, Epson, HP) found none of the
 * makers' code tables in the sources it could reach, only third-party posts that guess at them. A
 * guessed meaning would be shown as the maker's, so none went in: until an entry is added with its
 * maker's URL, every panel code is answered by shape ("the device's own code: run the wizard to
 * get the server's words"), which `readDeviceCode` already does.
 */
export const deviceCodes: readonly DeviceCodeEntry[] = [];
