import type { DeviceFamily } from "./device-schema";

const NONE = { server: null, port: null, encryption: null, auth: null, sender: null };

/**
 * Copier / MFP families. Each fact cites the public vendor manual or KB article it comes from;
 * families with no sourced facts are listed so the wizard can recognise them, with every
 * capability "unknown" and no source.
 */
export const deviceFamilies: readonly DeviceFamily[] = [
  {
    id: "sharp",
    make: "Sharp",
    matches: /\bsharp\b|\b(?:mx|bp)-\w+/i,
    labels: {
      server: "Primary Server",
      port: "Port",
      encryption: "Enable SSL/TLS (MX series: SSL/TLS level, e.g. STARTTLS)",
      auth: "SMTP Authentication (None / SMTP-AUTH / POP before SMTP / OAuth 2.0 on BP series)",
      sender: "Sender Address",
    },
    oauth2: "some-models",
    legacyTlsOnlyFirmware: "unknown",
    notes: [
      'BP-series manuals: "When using Microsoft365, Exchange Online, etc. … it is recommended to use the OAuth 2.0 authentication method" ([Get Token] on the device).',
      "OAuth tokens are per setting (e-mail and POP tokens are obtained separately).",
      "MX series: Quick Settings lacks the port/TLS/auth options; use the full SMTP settings page. Whether MX models support OAuth is unconfirmed.",
    ],
    sources: ["global.sharp BP-series manual pages (BP-70M90, BP-70C65, BP-B550WD, BP-C131WD)"],
  },
  {
    id: "canon",
    make: "Canon",
    matches: /\bcanon\b|imagerunner|\bir-?adv\b/i,
    labels: {
      server: "SMTP Server",
      port: null,
      encryption: "Use TLS",
      auth: "OAuth 2.0 (Microsoft) Settings → Use OAuth 2.0 (Microsoft)",
      sender: null,
    },
    oauth2: "some-models",
    legacyTlsOnlyFirmware: "unknown",
    notes: [
      "imageRUNNER ADVANCE: Settings/Registration → Function Settings → Send → Network Settings – E-Mail/I-Fax Settings.",
      "OAuth uses a device-code sign-in (a User Code entered at Microsoft's device login page); if the OAuth settings are missing, update the firmware.",
    ],
    sources: ["support.spectrum.tech Canon OAuth KB (secondary)"],
  },
  {
    id: "ricoh",
    make: "Ricoh",
    matches: /\bricoh\b|\bim\s?c?\d{3,4}\b/i,
    labels: NONE,
    oauth2: "some-models",
    legacyTlsOnlyFirmware: "some-models",
    notes: [
      "OAuth 2.0 to Exchange Online uses Ricoh's multi-tenant app: an admin must consent to SMTP.Send and offline_access, otherwise 535 errors or timeouts.",
      'Older controllers (16S/17S) were reported failing in Feb 2025 with "SSL negotiation failed".',
    ],
    sources: ["Microsoft Q&A learn.microsoft.com/answers/questions/5647542 (Dec 2025)"],
  },
  {
    id: "xerox",
    make: "Xerox / FUJIFILM",
    matches: /\bxerox\b|altalink|versalink|primelink|workcentre|\bfuji\s?film\b|apeos/i,
    labels: {
      server: null,
      port: null,
      encryption: "Connection Encryption (None / STARTTLS / SSL-TLS)",
      auth: null,
      sender: null,
    },
    oauth2: "some-models",
    legacyTlsOnlyFirmware: "some-models",
    notes: [
      "AltaLink, VersaLink and PrimeLink support Microsoft OAuth 2.0 for scan to email (secondary source).",
      "FUJIFILM devices need admin consent through a consent URL.",
      "Older WorkCentre firmware (about pre-2017) reportedly only speaks TLS 1.0 for mail (unconfirmed).",
    ],
    sources: [
      "dopartners.be (May 2026, secondary)",
      "itkitchen.info (2023, secondary)",
      "rental-server.net (unconfirmed)",
    ],
  },
  {
    id: "hp",
    make: "HP",
    matches: /\bhp\b|laserjet|futuresmart|pagewide/i,
    labels: NONE,
    oauth2: "unknown",
    legacyTlsOnlyFirmware: "unknown",
    notes: [
      "Third-party guides describe OAuth with Microsoft 365 on LaserJet Enterprise / FutureSmart; details unconfirmed.",
    ],
    sources: ["howtofixme.com (2026, secondary)"],
  },
  {
    id: "brother",
    make: "Brother",
    matches: /\bbrother\b|\b(?:mfc|dcp|hl)-\w+/i,
    labels: {
      server: null,
      port: null,
      encryption: null,
      auth: "Server Authentication Method (POP before SMTP / SMTP-AUTH)",
      sender: null,
    },
    oauth2: "unknown",
    legacyTlsOnlyFirmware: "unknown",
    notes: ['Older network manuals list the authentication options as "POP before SMTP" or "SMTP-AUTH".'],
    sources: ["Brother MFC-8860DN / DCP-8065DN network user's manuals"],
  },
  ...[
    "Konica Minolta|konica|minolta|bizhub",
    "Kyocera|kyocera|taskalfa|ecosys",
    "Epson|epson",
    "Lexmark|lexmark",
  ].map((entry): DeviceFamily => {
    const [make = "", ...words] = entry.split("|");
    return {
      id: make.toLowerCase().replace(/\s+/g, "-"),
      make,
      matches: new RegExp(`\\b(?:${words.join("|")})\\b`, "i"),
      labels: NONE,
      oauth2: "unknown",
      legacyTlsOnlyFirmware: "unknown",
      notes: ["No sourced facts about this family's SMTP screens or OAuth support yet."],
      sources: [],
    };
  }),
];

/** The family a make/model text belongs to, or null. */
export function findDeviceFamily(makeModel: string | null | undefined): DeviceFamily | null {
  if (!makeModel) return null;
  return deviceFamilies.find((family) => family.matches.test(makeModel)) ?? null;
}
