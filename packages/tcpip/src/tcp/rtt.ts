// The retransmission timeout estimator of RFC 6298. Times are nanoseconds.

export interface RtoBounds {
  readonly initialNs: bigint;
  readonly minNs: bigint;
  readonly maxNs: bigint;
  /** Clock granularity G (RFC 6298 §2): 1 ms, the timestamp clock's tick. */
  readonly granularityNs: bigint;
}

export class RttEstimator {
  private srttNs: number | undefined;
  private rttvarNs = 0;
  private rtoNs: bigint;
  private samples = 0;

  constructor(private readonly b: RtoBounds) {
    this.rtoNs = b.initialNs;
  }

  /** The RTO without backoff. */
  get rto(): bigint {
    return this.rtoNs;
  }

  get srtt(): bigint | undefined {
    return this.srttNs === undefined ? undefined : BigInt(Math.round(this.srttNs));
  }

  get rttvar(): bigint {
    return BigInt(Math.round(this.rttvarNs));
  }

  get sampleCount(): number {
    return this.samples;
  }

  /** Sets the RTO with no sample taken yet (RFC 6298 §5.7: 3 s after a lost SYN). */
  fallback(ns: bigint): void {
    if (this.srttNs === undefined) this.rtoNs = this.clamp(ns);
  }

  /** Takes one RTT measurement (RFC 6298 §2.2 and §2.3). */
  sample(rttNs: number): void {
    const r = Math.max(0, rttNs);
    this.samples++;
    if (this.srttNs === undefined) {
      this.srttNs = r;
      this.rttvarNs = r / 2;
    } else {
      this.rttvarNs = 0.75 * this.rttvarNs + 0.25 * Math.abs(this.srttNs - r);
      this.srttNs = 0.875 * this.srttNs + 0.125 * r;
    }
    const g = Number(this.b.granularityNs);
    this.rtoNs = this.clamp(BigInt(Math.ceil(this.srttNs + Math.max(g, 4 * this.rttvarNs))));
  }

  private clamp(ns: bigint): bigint {
    return ns < this.b.minNs ? this.b.minNs : ns > this.b.maxNs ? this.b.maxNs : ns;
  }
}
