/** Millimetres to PDF points (1/72 inch). */
export const MM = 72 / 25.4;

/** A4 portrait, in points. */
export const A4 = { width: 210 * MM, height: 297 * MM } as const;

/**
 * The address field of a window envelope, DIN 5008 form B (the window of the Dutch EA5/6 and C5/6
 * "venster links" envelopes sits on it): 20 mm from the left edge and 45 mm from the top, 85 mm
 * wide and 45 mm high. Its first 17.7 mm hold the return address line; the recipient's address
 * starts below that, written from 25 mm (the text's left line).
 */
export const WINDOW_MM = {
  left: 20,
  top: 45,
  width: 85,
  height: 45,
  addressTop: 62.7,
  textLeft: 25,
} as const;

/** Fold marks of form B (for a C5/6 or DL envelope): 105 mm and 210 mm from the top. */
export const FOLD_MARKS_MM = [105, 210] as const;
