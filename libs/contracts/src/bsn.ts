/**
 * The elfproef for a BSN: 9 digits, weights 9..2 for the first eight and −1 for the last,
 * the sum divisible by 11. 000000000 passes the sum but is not a BSN.
 */
export function isGeldigBsn(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn) || bsn === '000000000') return false;
  let som = 0;
  for (let i = 0; i < 8; i += 1) som += Number(bsn[i]) * (9 - i);
  som -= Number(bsn[8]);
  return som % 11 === 0;
}
