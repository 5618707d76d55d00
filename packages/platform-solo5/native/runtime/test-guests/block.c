/*
 * block — block device test guest (manifest: "storage", BLOCK_BASIC).
 * Command-line words:
 *   write seed=N    write a pattern derived from N to the first two and the
 *                   last sector, and read each back
 *   verify seed=N   read those sectors and compare with the pattern
 *   checks          requests the API must refuse (EINVAL) and acquire errors
 * Exit status: 0 when everything matched, 1 otherwise.
 */
#include "guest.h"

static uint8_t buf[65536], want[65536];

static void pattern(uint8_t *p, uint64_t n, uint64_t seed, uint64_t sector)
{
    uint64_t x = seed * 0x9e3779b97f4a7c15ull + sector + 1;
    for (uint64_t i = 0; i < n; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        p[i] = (uint8_t)x;
    }
}

static int expect(const char *what, solo5_result_t got, solo5_result_t want_r)
{
    out("check ");
    out(what);
    out(got == want_r ? ": ok\n" : ": FAILED\n");
    return got == want_r ? 0 : 1;
}

int solo5_app_main(const struct solo5_start_info *si)
{
    solo5_handle_t h;
    struct solo5_block_info info;
    if (solo5_block_acquire("storage", &h, &info) != SOLO5_R_OK) {
        out("block: cannot acquire storage\n");
        return 1;
    }
    uint64_t bs = info.block_size, n = info.capacity / bs;
    out("block: capacity=");
    out_u64(info.capacity);
    out(" block_size=");
    out_u64(bs);
    out(" handle=");
    out_u64(h);
    out("\n");
    if (bs > sizeof buf)
        return 1;
    uint64_t sectors[3] = {0, 1, n - 1};
    const char *seed_s = arg(si->cmdline, "seed");
    uint64_t seed = seed_s ? parse_u64(seed_s) : 1;
    int bad = 0;

    if (has_word(si->cmdline, "write")) {
        for (int i = 0; i < 3; i++) {
            pattern(want, bs, seed, sectors[i]);
            bad |= solo5_block_write(h, sectors[i] * bs, want, bs) != SOLO5_R_OK;
            bad |= solo5_block_read(h, sectors[i] * bs, buf, bs) != SOLO5_R_OK;
            bad |= memcmp(buf, want, bs) != 0;
        }
        out(bad ? "block: write FAILED\n" : "block: wrote 3 sectors\n");
    }
    if (has_word(si->cmdline, "verify")) {
        int mismatch = 0;
        for (int i = 0; i < 3; i++) {
            pattern(want, bs, seed, sectors[i]);
            bad |= solo5_block_read(h, sectors[i] * bs, buf, bs) != SOLO5_R_OK;
            mismatch |= memcmp(buf, want, bs) != 0;
        }
        bad |= mismatch;
        out(mismatch ? "block: verify MISMATCH\n" : "block: verified 3 sectors\n");
    }
    if (has_word(si->cmdline, "checks")) {
        solo5_handle_t h2;
        struct solo5_block_info i2;
        struct solo5_net_info ni;
        bad |= expect("short read", solo5_block_read(h, 0, buf, bs / 2), SOLO5_R_EINVAL);
        bad |= expect("two-block read", solo5_block_read(h, 0, buf, bs * 2), SOLO5_R_EINVAL);
        bad |= expect("unaligned offset", solo5_block_read(h, 1, buf, bs), SOLO5_R_EINVAL);
        bad |= expect("read at capacity", solo5_block_read(h, info.capacity, buf, bs), SOLO5_R_EINVAL);
        bad |= expect("write at capacity", solo5_block_write(h, info.capacity, buf, bs), SOLO5_R_EINVAL);
        bad |= expect("last sector", solo5_block_read(h, info.capacity - bs, buf, bs), SOLO5_R_OK);
        bad |= expect("bad handle", solo5_block_read(h + 7, 0, buf, bs), SOLO5_R_EINVAL);
        bad |= expect("unknown name", solo5_block_acquire("nosuch", &h2, &i2), SOLO5_R_EINVAL);
        bad |= expect("block as net", solo5_net_acquire("storage", &h2, &ni), SOLO5_R_EINVAL);
        bad |= expect("net op on block", solo5_net_write(h, buf, 60), SOLO5_R_EINVAL);
    }
    out(bad ? "block: FAILED\n" : "block: ok\n");
    return bad;
}
