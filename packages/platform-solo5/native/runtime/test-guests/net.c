/*
 * net — network device test guest (manifest: "service", NET_BASIC).
 * Answers ARP requests for its address and ICMP echo requests to it, parsed
 * by hand, until it has sent `count` echo replies (exit 0) or `timeout` ms
 * have passed (exit 3). Command-line words: ip=A.B.C.D count=N timeout=MS
 */
#include "guest.h"

static uint8_t frame[65536];
static uint8_t mac[6];
static uint8_t ip[4];

static uint16_t get16(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }
static void put16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)(v >> 8); p[1] = (uint8_t)v; }

static uint16_t checksum(const uint8_t *p, uint64_t n)
{
    uint32_t sum = 0;
    for (uint64_t i = 0; i + 1 < n; i += 2)
        sum += get16(p + i);
    if (n & 1)
        sum += (uint32_t)p[n - 1] << 8;
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return (uint16_t)~sum;
}

static void parse_ip(const char *s)
{
    for (int i = 0; i < 4 && s; i++) {
        ip[i] = (uint8_t)parse_u64(s);
        while (*s >= '0' && *s <= '9')
            s++;
        if (*s == '.')
            s++;
    }
}

static void out_ip(const uint8_t *a)
{
    for (int i = 0; i < 4; i++) {
        if (i)
            out(".");
        out_u64(a[i]);
    }
}

/* Returns 1 when an echo reply was sent. */
static int handle(solo5_handle_t h, uint8_t *f, size_t n)
{
    if (n < 14)
        return 0;
    uint16_t type = get16(f + 12);
    if (type == 0x0806 && n >= 42) {
        uint8_t *a = f + 14;
        if (get16(a) != 1 || get16(a + 2) != 0x0800 || get16(a + 6) != 1 ||
            memcmp(a + 24, ip, 4) != 0)
            return 0;
        memcpy(f, a + 8, 6); /* to the sender */
        memcpy(f + 6, mac, 6);
        put16(a + 6, 2);
        memcpy(a + 18, a + 8, 10); /* target = old sender (mac + ip) */
        memcpy(a + 8, mac, 6);
        memcpy(a + 14, ip, 4);
        solo5_net_write(h, f, 42);
        out("net: arp reply to ");
        out_ip(a + 24);
        out("\n");
        return 0;
    }
    if (type == 0x0800 && n >= 34) {
        uint8_t *p = f + 14;
        uint64_t ihl = (uint64_t)(p[0] & 15) * 4, total = get16(p + 2);
        if ((p[0] >> 4) != 4 || ihl < 20 || total < ihl + 8 || 14 + total > n ||
            p[9] != 1 || memcmp(p + 16, ip, 4) != 0)
            return 0;
        uint8_t *icmp = p + ihl;
        if (icmp[0] != 8)
            return 0;
        uint8_t tmp[6];
        memcpy(tmp, f, 6);
        memcpy(f, f + 6, 6);
        memcpy(f + 6, tmp, 6);
        memcpy(tmp, p + 12, 4);
        memcpy(p + 12, p + 16, 4);
        memcpy(p + 16, tmp, 4);
        p[8] = 64;
        put16(p + 10, 0);
        put16(p + 10, checksum(p, ihl));
        icmp[0] = 0;
        put16(icmp + 2, 0);
        put16(icmp + 2, checksum(icmp, total - ihl));
        solo5_net_write(h, f, 14 + total);
        out("net: echo reply seq=");
        out_u64(get16(icmp + 6));
        out("\n");
        return 1;
    }
    return 0;
}

int solo5_app_main(const struct solo5_start_info *si)
{
    solo5_handle_t h;
    struct solo5_net_info info;
    if (solo5_net_acquire("service", &h, &info) != SOLO5_R_OK) {
        out("net: cannot acquire service\n");
        return 1;
    }
    memcpy(mac, info.mac_address, 6);
    const char *s = arg(si->cmdline, "ip");
    parse_ip(s ? s : "10.0.0.2");
    uint64_t count = (s = arg(si->cmdline, "count")) ? parse_u64(s) : 1;
    uint64_t timeout = (s = arg(si->cmdline, "timeout")) ? parse_u64(s) : 10000;
    out("net: ready mac=");
    out_mac(mac);
    out(" mtu=");
    out_u64(info.mtu);
    out(" ip=");
    out_ip(ip);
    out(" handle=");
    out_u64(h);
    out("\n");

    solo5_time_t deadline = solo5_clock_monotonic() + timeout * 1000000ull;
    uint64_t replies = 0, wakeups = 0, frames = 0;
    int reported = 0;
    while (replies < count) {
        solo5_handle_set_t ready = 0;
        solo5_yield(deadline, &ready);
        if (ready == 0 && solo5_clock_monotonic() >= deadline) {
            out("net: timeout\n");
            return 3;
        }
        wakeups++;
        if (!(ready & (1ull << h)))
            continue;
        if (!reported) {
            out("net: ready set=");
            out_u64(ready);
            out("\n");
            reported = 1;
        }
        for (;;) {
            size_t n;
            solo5_result_t r = solo5_net_read(h, frame, info.mtu + SOLO5_NET_HLEN, &n);
            if (r == SOLO5_R_AGAIN)
                break;
            if (r != SOLO5_R_OK) {
                out("net: read error\n");
                return 1;
            }
            frames++;
            replies += (uint64_t)handle(h, frame, n);
        }
    }
    out("net: done frames=");
    out_u64(frames);
    out(" wakeups=");
    out_u64(wakeups);
    out("\n");
    return 0;
}
