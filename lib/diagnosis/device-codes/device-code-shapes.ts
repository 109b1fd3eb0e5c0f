import type { DeviceVendor } from "./device-code-schema";

/**
 * What a maker's panel and log codes look like, so that a pasted "#801" or "CE-04" is recognised
 * as the device's own code even when no table says what it means. Every pattern is a flat sequence
 * with bounded repeats (no nested or adjacent unbounded quantifiers): linear in the text.
 */

/**
 * Words that name a maker in pasted text. Brand and product-line names only: the model patterns of
 * `deviceFamilies` (`mx-…`, `im c…`, bare `hp`) are made for a make/model field and would match
 * host names such as mx-1.example.net or hp.com in a server's reply.
 */
export const MAKER_WORDS: readonly { vendor: DeviceVendor; pattern: RegExp }[] = [
  { vendor: "canon", pattern: /\bcanon\b|\bimagerunner\b|\bimageclass\b|\bi-sensys\b|\bir-?adv\b/gi },
  { vendor: "sharp", pattern: /\bsharp\b/gi },
  { vendor: "kyocera", pattern: /\bkyocera\b|\btaskalfa\b|\becosys\b|\bcopystar\b/gi },
  {
    vendor: "xerox",
    pattern:
      /\bxerox\b|\baltalink\b|\bversalink\b|\bprimelink\b|\bworkcentre\b|\bapeos(?:port)?\b|\bdocucentre\b/gi,
  },
  { vendor: "ricoh", pattern: /\bricoh\b|\baficio\b/gi },
  { vendor: "konica-minolta", pattern: /\bkonica\b|\bminolta\b|\bbizhub\b/gi },
  { vendor: "brother", pattern: /\bbrother\b/gi },
  { vendor: "epson", pattern: /\bepson\b/gi },
  // "HP" only in capitals and not as a host name ("hp.com").
  { vendor: "hp", pattern: /\bHP\b(?!\.\w)|\bhewlett[- ]packard\b|\blaserjet\b|\bofficejet\b|\bpagewide\b/g },
  { vendor: "lexmark", pattern: /\blexmark\b/gi },
];

/**
 * Whose code a shape is:
 * - `own`: the maker's convention and no one else's seen in mail errors (Canon's "#8xx");
 * - `hint`: typical of the maker, but its vendor is named only when a word of the maker is near;
 * - `with-maker`: too plain to count alone ("error 1102"), a hit only next to one of `vendors`
 *   (or any maker when `vendors` is "any").
 */
export type ShapeOwner =
  | { kind: "own"; vendor: DeviceVendor }
  | { kind: "hint"; vendor: DeviceVendor }
  | { kind: "with-maker"; vendors: readonly DeviceVendor[] | "any" };

export type DeviceCodeShape = {
  id: string;
  owner: ShapeOwner;
  /** Global; group 1 is the code as printed. */
  pattern: RegExp;
};

// Separators between a label and its number: a few spaces or tabs, never an unbounded run.
const GAP = "[ \\t]{0,3}";
// The code ends here: not inside a longer token, a range ("1102-3") or a version ("016-506.1").
const END = "(?![\\w-]|\\.\\d)";

export const DEVICE_CODE_SHAPES: readonly DeviceCodeShape[] = [
  {
    // Canon send errors: "#801", "#0801", "Error code #752". Not "&#801;" or "…/issues#801".
    id: "canon-hash",
    owner: { kind: "own", vendor: "canon" },
    pattern: /(?<![\w&#/])(#0?[78]\d\d)(?![\w-])/g,
  },
  {
    // Sharp communication errors "CE-00" … "CE-09"; not a console code such as "CE-30005-8".
    id: "sharp-ce",
    owner: { kind: "own", vendor: "sharp" },
    pattern: /(?<![\w-])(CE-0\d)(?![\w-]|\.\w)/g,
  },
  {
    // Xerox fault codes of the network and e-mail families: "016-506", "027-500".
    id: "xerox-fault-mail",
    owner: { kind: "own", vendor: "xerox" },
    pattern: new RegExp(`(?<![\\w.:/-])(0(?:16|27)-\\d{3})${END}`, "g"),
  },
  {
    // Any Xerox fault code ("024-742"), only next to a Xerox name.
    id: "xerox-fault",
    owner: { kind: "with-maker", vendors: ["xerox"] },
    pattern: new RegExp(`(?<![\\w.:/-])(0\\d\\d-\\d{3})${END}`, "g"),
  },
  {
    // "Send error 1102", "Sending error: (2101)": Kyocera's send-result numbers.
    id: "kyocera-send-error",
    owner: { kind: "hint", vendor: "kyocera" },
    pattern: new RegExp(
      `\\bsend(?:ing)?[ \\t]{1,3}error${GAP}(?:code${GAP})?[:#]?${GAP}\\(?([1-9]\\d{3})${END}`,
      "gi",
    ),
  },
  {
    // "Error 1102" next to a Kyocera name.
    id: "kyocera-error",
    owner: { kind: "with-maker", vendors: ["kyocera"] },
    pattern: new RegExp(`\\berror${GAP}(?:code${GAP})?[:#]?${GAP}\\(?([1-9]\\d{3})${END}`, "gi"),
  },
  {
    // "Error code: SC542", "fault code 12-34" next to any maker's name. SMTP reply codes are
    // dropped by the reader (a "535" beside a maker's name is still the server's code).
    id: "maker-error-code",
    owner: { kind: "with-maker", vendors: "any" },
    pattern: new RegExp(
      `\\b(?:error|fault|status)${GAP}code${GAP}[:#=]?${GAP}([a-z]{1,3}-?\\d{2,5}(?:-\\d{1,4})?|#?\\d{3,5}(?:-\\d{1,4})?)${END}`,
      "gi",
    ),
  },
];
