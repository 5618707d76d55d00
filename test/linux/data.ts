// The deterministic payload peer-tcp.cjs sends (xorshift32 from a fixed seed), so both ends
// know what the other should have received.
export const payload = (n: number): Uint8Array => {
  const out = new Uint8Array(n);
  let x = 0x12345678;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
};
