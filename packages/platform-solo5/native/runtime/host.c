/*
 * host.c — globalThis.__mirage_host: the Solo5 API as QuickJS functions.
 *
 * The contract (names, argument and result conventions) is defined on the
 * TypeScript side, packages/platform-solo5/src/host.ts; this file follows it:
 *
 *   consoleWrite(bytes)            solo5_console_write
 *   wallNs() / monoNs() → bigint   solo5_clock_wall / solo5_clock_monotonic
 *   yield(deadlineNs) → number     solo5_yield; the ready set as a bit set
 *   cmdline() → string             solo5_start_info.cmdline
 *   exit(code)                     solo5_exit (never returns)
 *   netAcquire(name) → handle|-1   solo5_net_acquire
 *   netInfo(h) → {mac, mtu}
 *   netRead(h, buf) → n | 0 (none waiting) | <0
 *   netWrite(h, buf, len) → 0 | <0
 *   blockAcquire(name) → handle|-1 solo5_block_acquire
 *   blockInfo(h) → {capacity: bigint, blockSize}
 *   blockRead(h, offset: bigint, buf) / blockWrite(...) → 0 | <0, block by block
 *   randomSeed(n) → Uint8Array     RDSEED / RDRAND (x86_64), 1 <= n <= 256
 *   checksum(bytes, start, end, initial) → number   RFC 1071, as checksumJs
 *
 * Device errors are negative numbers (-SOLO5_R_EINVAL = -2, -SOLO5_R_EUNSPEC
 * = -3); exceptions are for misuse (wrong types, out-of-range views).
 *
 * Only mirage_solo5.h's Solo5-compatible functions are used, so the runtime
 * also links against upstream Solo5 bindings.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "quickjs.h"
#include "../include/mirage_solo5.h"
#include "mirage_runtime.h"

#define MAX_HANDLES 64

static struct {
    int kind; /* 0 none, 1 net, 2 block */
    struct solo5_net_info net;
    struct solo5_block_info block;
} devices[MAX_HANDLES];

static const char *guest_cmdline = "";
static JSValue uint8array_ctor; /* set by mirage_host_install */

/* ---- argument helpers ------------------------------------------------- */

/* The bytes of a Uint8Array argument (view offset and length honoured). */
static uint8_t *bytes_of(JSContext *ctx, JSValueConst v, size_t *len, const char *fn)
{
    size_t off, n, elem;
    JSValue buf = JS_GetTypedArrayBuffer(ctx, v, &off, &n, &elem);
    if (JS_IsException(buf))
        goto bad;
    size_t size;
    uint8_t *base = JS_GetArrayBuffer(ctx, &size, buf);
    JS_FreeValue(ctx, buf);
    if (base == NULL || elem != 1 || off > size || n > size - off)
        goto bad;
    *len = n;
    return base + off;
bad:
    JS_FreeValue(ctx, JS_GetException(ctx));
    JS_ThrowTypeError(ctx, "%s: expected a Uint8Array", fn);
    return NULL;
}

static JSValue new_uint8array(JSContext *ctx, const uint8_t *src, size_t n)
{
    JSValue len = JS_NewInt64(ctx, (int64_t)n);
    JSValue arr = JS_CallConstructor(ctx, uint8array_ctor, 1, &len);
    JS_FreeValue(ctx, len);
    if (JS_IsException(arr))
        return arr;
    size_t got;
    uint8_t *p = bytes_of(ctx, arr, &got, "new Uint8Array");
    if (p == NULL) {
        JS_FreeValue(ctx, arr);
        return JS_EXCEPTION;
    }
    if (src)
        memcpy(p, src, n);
    return arr;
}

static int handle_arg(JSContext *ctx, JSValueConst v, int kind, const char *fn)
{
    int32_t h;
    if (JS_ToInt32(ctx, &h, v))
        return -1;
    if (h < 0 || h >= MAX_HANDLES || devices[h].kind != kind) {
        JS_ThrowRangeError(ctx, "%s: %d is not an acquired %s handle", fn, h,
                           kind == 1 ? "net" : "block");
        return -1;
    }
    return h;
}

/* ---- console, clocks, exit --------------------------------------------- */

static JSValue h_console_write(JSContext *ctx, JSValueConst this_val, int argc,
                               JSValueConst *argv)
{
    (void)this_val;
    (void)argc;
    mirage_boot_output();
    if (JS_IsString(argv[0])) { /* convenience for debugging */
        size_t n;
        const char *s = JS_ToCStringLen(ctx, &n, argv[0]);
        if (s == NULL)
            return JS_EXCEPTION;
        solo5_console_write(s, n);
        JS_FreeCString(ctx, s);
        return JS_UNDEFINED;
    }
    size_t n;
    uint8_t *p = bytes_of(ctx, argv[0], &n, "consoleWrite");
    if (p == NULL)
        return JS_EXCEPTION;
    solo5_console_write((const char *)p, n);
    return JS_UNDEFINED;
}

static JSValue h_wall_ns(JSContext *ctx, JSValueConst this_val, int argc,
                         JSValueConst *argv)
{
    (void)this_val, (void)argc, (void)argv;
    return JS_NewBigUint64(ctx, solo5_clock_wall());
}

static JSValue h_mono_ns(JSContext *ctx, JSValueConst this_val, int argc,
                         JSValueConst *argv)
{
    (void)this_val, (void)argc, (void)argv;
    return JS_NewBigUint64(ctx, solo5_clock_monotonic());
}

static JSValue h_yield(JSContext *ctx, JSValueConst this_val, int argc,
                       JSValueConst *argv)
{
    (void)this_val, (void)argc;
    int64_t deadline;
    if (JS_ToBigInt64(ctx, &deadline, argv[0]))
        return JS_EXCEPTION;
    solo5_handle_set_t set = 0;
    solo5_yield(deadline < 0 ? 0 : (solo5_time_t)deadline, &set);
    return JS_NewFloat64(ctx, (double)set);
}

static JSValue h_cmdline(JSContext *ctx, JSValueConst this_val, int argc,
                         JSValueConst *argv)
{
    (void)this_val, (void)argc, (void)argv;
    return JS_NewString(ctx, guest_cmdline);
}

static JSValue h_exit(JSContext *ctx, JSValueConst this_val, int argc,
                      JSValueConst *argv)
{
    (void)this_val, (void)argc;
    int32_t code = 1;
    if (JS_ToInt32(ctx, &code, argv[0]))
        code = 1;
    mirage_boot_report();
    solo5_exit(code);
}

/* ---- network ---------------------------------------------------------- */

static JSValue h_net_acquire(JSContext *ctx, JSValueConst this_val, int argc,
                             JSValueConst *argv)
{
    (void)this_val, (void)argc;
    const char *name = JS_ToCString(ctx, argv[0]);
    if (name == NULL)
        return JS_EXCEPTION;
    solo5_handle_t h;
    struct solo5_net_info info;
    solo5_result_t r = solo5_net_acquire(name, &h, &info);
    JS_FreeCString(ctx, name);
    if (r != SOLO5_R_OK || h >= MAX_HANDLES)
        return JS_NewInt32(ctx, -1);
    devices[h].kind = 1;
    devices[h].net = info;
    return JS_NewInt32(ctx, (int32_t)h);
}

static JSValue h_net_info(JSContext *ctx, JSValueConst this_val, int argc,
                          JSValueConst *argv)
{
    (void)this_val, (void)argc;
    int h = handle_arg(ctx, argv[0], 1, "netInfo");
    if (h < 0)
        return JS_EXCEPTION;
    JSValue mac = new_uint8array(ctx, devices[h].net.mac_address, SOLO5_NET_ALEN);
    if (JS_IsException(mac))
        return mac;
    JSValue o = JS_NewObject(ctx);
    JS_SetPropertyStr(ctx, o, "mac", mac);
    JS_SetPropertyStr(ctx, o, "mtu", JS_NewInt64(ctx, (int64_t)devices[h].net.mtu));
    return o;
}

static JSValue h_net_read(JSContext *ctx, JSValueConst this_val, int argc,
                          JSValueConst *argv)
{
    (void)this_val, (void)argc;
    int h = handle_arg(ctx, argv[0], 1, "netRead");
    if (h < 0)
        return JS_EXCEPTION;
    size_t n;
    uint8_t *p = bytes_of(ctx, argv[1], &n, "netRead");
    if (p == NULL)
        return JS_EXCEPTION;
    size_t got = 0;
    solo5_result_t r = solo5_net_read((solo5_handle_t)h, p, n, &got);
    if (r == SOLO5_R_AGAIN)
        return JS_NewInt32(ctx, 0);
    if (r != SOLO5_R_OK)
        return JS_NewInt32(ctx, -(int32_t)r);
    return JS_NewInt64(ctx, (int64_t)got);
}

static JSValue h_net_write(JSContext *ctx, JSValueConst this_val, int argc,
                           JSValueConst *argv)
{
    (void)this_val, (void)argc;
    int h = handle_arg(ctx, argv[0], 1, "netWrite");
    if (h < 0)
        return JS_EXCEPTION;
    size_t n;
    uint8_t *p = bytes_of(ctx, argv[1], &n, "netWrite");
    if (p == NULL)
        return JS_EXCEPTION;
    int64_t len;
    if (JS_ToInt64(ctx, &len, argv[2]))
        return JS_EXCEPTION;
    if (len < 0 || (uint64_t)len > n)
        return JS_ThrowRangeError(ctx, "netWrite: length %lld outside the %lu-byte buffer",
                                  (long long)len, (unsigned long)n);
    solo5_result_t r = solo5_net_write((solo5_handle_t)h, p, (size_t)len);
    return JS_NewInt32(ctx, r == SOLO5_R_OK ? 0 : -(int32_t)r);
}

/* ---- block ------------------------------------------------------------ */

static JSValue h_block_acquire(JSContext *ctx, JSValueConst this_val, int argc,
                               JSValueConst *argv)
{
    (void)this_val, (void)argc;
    const char *name = JS_ToCString(ctx, argv[0]);
    if (name == NULL)
        return JS_EXCEPTION;
    solo5_handle_t h;
    struct solo5_block_info info;
    solo5_result_t r = solo5_block_acquire(name, &h, &info);
    JS_FreeCString(ctx, name);
    if (r != SOLO5_R_OK || h >= MAX_HANDLES)
        return JS_NewInt32(ctx, -1);
    devices[h].kind = 2;
    devices[h].block = info;
    return JS_NewInt32(ctx, (int32_t)h);
}

static JSValue h_block_info(JSContext *ctx, JSValueConst this_val, int argc,
                            JSValueConst *argv)
{
    (void)this_val, (void)argc;
    int h = handle_arg(ctx, argv[0], 2, "blockInfo");
    if (h < 0)
        return JS_EXCEPTION;
    JSValue o = JS_NewObject(ctx);
    JS_SetPropertyStr(ctx, o, "capacity", JS_NewBigUint64(ctx, devices[h].block.capacity));
    JS_SetPropertyStr(ctx, o, "blockSize", JS_NewInt64(ctx, (int64_t)devices[h].block.block_size));
    return o;
}

static JSValue block_io(JSContext *ctx, JSValueConst *argv, int write, const char *fn)
{
    int h = handle_arg(ctx, argv[0], 2, fn);
    if (h < 0)
        return JS_EXCEPTION;
    int64_t off;
    if (JS_ToBigInt64(ctx, &off, argv[1]))
        return JS_EXCEPTION;
    size_t n;
    uint8_t *p = bytes_of(ctx, argv[2], &n, fn);
    if (p == NULL)
        return JS_EXCEPTION;
    uint64_t bs = devices[h].block.block_size;
    if (off < 0 || bs == 0 || n % bs != 0)
        return JS_NewInt32(ctx, -(int32_t)SOLO5_R_EINVAL);
    for (size_t done = 0; done < n; done += bs) {
        solo5_off_t at = (solo5_off_t)off + done;
        solo5_result_t r = write ? solo5_block_write((solo5_handle_t)h, at, p + done, bs)
                                 : solo5_block_read((solo5_handle_t)h, at, p + done, bs);
        if (r != SOLO5_R_OK)
            return JS_NewInt32(ctx, -(int32_t)r);
    }
    return JS_NewInt32(ctx, 0);
}

static JSValue h_block_read(JSContext *ctx, JSValueConst this_val, int argc,
                            JSValueConst *argv)
{
    (void)this_val, (void)argc;
    return block_io(ctx, argv, 0, "blockRead");
}

static JSValue h_block_write(JSContext *ctx, JSValueConst this_val, int argc,
                             JSValueConst *argv)
{
    (void)this_val, (void)argc;
    return block_io(ctx, argv, 1, "blockWrite");
}

/* ---- entropy ---------------------------------------------------------- */

static void cpuid(uint32_t leaf, uint32_t sub, uint32_t r[4])
{
    __asm__ volatile("cpuid"
                     : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3])
                     : "a"(leaf), "c"(sub));
}

static int hw_random(uint64_t *out)
{
    static int have = -1; /* bit 0: rdrand, bit 1: rdseed */
    if (have < 0) {
        uint32_t r[4];
        have = 0;
        cpuid(0, 0, r);
        uint32_t max = r[0];
        cpuid(1, 0, r);
        if (r[2] & (1u << 30))
            have |= 1;
        if (max >= 7) {
            cpuid(7, 0, r);
            if (r[1] & (1u << 18))
                have |= 2;
        }
    }
    unsigned char ok;
    for (int tries = 0; tries < 64; tries++) {
        if (have & 2) {
            __asm__ volatile("rdseed %0; setc %1" : "=r"(*out), "=qm"(ok));
            if (ok)
                return 1;
        }
        if (have & 1) {
            __asm__ volatile("rdrand %0; setc %1" : "=r"(*out), "=qm"(ok));
            if (ok)
                return 1;
        }
        if (!have)
            break;
    }
    return 0;
}

static uint64_t mix64(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static JSValue h_random_seed(JSContext *ctx, JSValueConst this_val, int argc,
                             JSValueConst *argv)
{
    (void)this_val, (void)argc;
    int32_t n;
    if (JS_ToInt32(ctx, &n, argv[0]))
        return JS_EXCEPTION;
    if (n < 1 || n > 256)
        return JS_ThrowRangeError(ctx, "randomSeed: %d bytes, expected 1 to 256", n);
    uint8_t b[256 + 8];
    static uint64_t fallback;
    for (int i = 0; i < n; i += 8) {
        uint64_t v;
        if (!hw_random(&v)) {
            /* No RDRAND/RDSEED: clock jitter through a mixer (weak, but unique). */
            uint32_t lo, hi;
            __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
            fallback = mix64(fallback + 0x9e3779b97f4a7c15ull + (((uint64_t)hi << 32) | lo) +
                             solo5_clock_wall());
            v = fallback;
        }
        memcpy(b + i, &v, 8);
    }
    return new_uint8array(ctx, b, (size_t)n);
}

/* ---- Internet checksum ------------------------------------------------ */

uint16_t mirage_checksum(const uint8_t *p, size_t n, uint64_t initial)
{
    uint64_t s = initial;
    size_t i = 0;
    /* 8 bytes a turn: four big-endian 16-bit words. */
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        w = __builtin_bswap64(w);
        s += (w >> 48) + ((w >> 32) & 0xffff) + ((w >> 16) & 0xffff) + (w & 0xffff);
    }
    for (; i + 2 <= n; i += 2)
        s += (uint64_t)p[i] << 8 | p[i + 1];
    if (i < n)
        s += (uint64_t)p[i] << 8;
    while (s > 0xffff)
        s = (s & 0xffff) + (s >> 16);
    return (uint16_t)(~s & 0xffff);
}

static JSValue h_checksum(JSContext *ctx, JSValueConst this_val, int argc,
                          JSValueConst *argv)
{
    (void)this_val, (void)argc;
    size_t n;
    uint8_t *p = bytes_of(ctx, argv[0], &n, "checksum");
    if (p == NULL)
        return JS_EXCEPTION;
    int64_t start, end;
    double initial;
    if (JS_ToInt64(ctx, &start, argv[1]) || JS_ToInt64(ctx, &end, argv[2]) ||
        JS_ToFloat64(ctx, &initial, argv[3]))
        return JS_EXCEPTION;
    if (start < 0 || end < start || (uint64_t)end > n)
        return JS_ThrowRangeError(ctx, "checksum: range [%lld, %lld) outside %lu bytes",
                                  (long long)start, (long long)end, (unsigned long)n);
    if (!(initial >= 0 && initial < 9007199254740992.0))
        return JS_ThrowRangeError(ctx, "checksum: initial must be an integer in [0, 2^53)");
    return JS_NewInt32(ctx, mirage_checksum(p + start, (size_t)(end - start), (uint64_t)initial));
}

/* ---- base64 ----------------------------------------------------------- */

/* What @mirage/mirage-kv's base64Decode does, natively: the standard alphabet, '=' and ASCII
 * whitespace skipped wherever they are, anything else a RangeError. Crunched files are base64
 * strings decoded at module init; interpreted, that is most of a large image's boot. */
static JSValue h_base64_decode(JSContext *ctx, JSValueConst this_val, int argc,
                               JSValueConst *argv)
{
    (void)this_val, (void)argc;
    if (!JS_IsString(argv[0]))
        return JS_ThrowTypeError(ctx, "base64Decode: expected a string");
    size_t n;
    const char *s = JS_ToCStringLen(ctx, &n, argv[0]);
    if (s == NULL)
        return JS_EXCEPTION;
    static int8_t value[256];
    if (value['B'] == 0) {
        const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < 256; i++)
            value[i] = -1;
        for (int i = 0; i < 64; i++)
            value[(unsigned char)alphabet[i]] = (int8_t)i;
        value['='] = value[' '] = value['\t'] = value['\n'] = value['\v'] = value['\f'] = value['\r'] = -2;
    }
    JSValue arr = new_uint8array(ctx, NULL, n / 4 * 3 + 3);
    if (JS_IsException(arr)) {
        JS_FreeCString(ctx, s);
        return arr;
    }
    size_t cap;
    uint8_t *out = bytes_of(ctx, arr, &cap, "base64Decode");
    size_t o = 0, kept = 0;
    uint32_t acc = 0;
    int bits = 0;
    for (size_t i = 0; i < n; i++) {
        int v = value[(unsigned char)s[i]];
        if (v == -2)
            continue;
        if (v < 0) {
            JS_FreeCString(ctx, s);
            JS_FreeValue(ctx, arr);
            return JS_ThrowRangeError(ctx, "Cannot decode base64: bad character at %lu", (unsigned long)kept);
        }
        kept++;
        acc = (acc << 6 | (uint32_t)v) & 0xffffff;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[o++] = (uint8_t)(acc >> bits);
        }
    }
    JS_FreeCString(ctx, s);
    /* subarray(0, o), as the JavaScript decoder returns */
    JSValue sub = JS_GetPropertyStr(ctx, arr, "subarray");
    JSValue args[2] = {JS_NewInt32(ctx, 0), JS_NewInt64(ctx, (int64_t)o)};
    JSValue r = JS_Call(ctx, sub, arr, 2, args);
    JS_FreeValue(ctx, sub);
    JS_FreeValue(ctx, arr);
    return r;
}

/* ---- installation ----------------------------------------------------- */

static const JSCFunctionListEntry host_functions[] = {
    JS_CFUNC_DEF("consoleWrite", 1, h_console_write),
    JS_CFUNC_DEF("wallNs", 0, h_wall_ns),
    JS_CFUNC_DEF("monoNs", 0, h_mono_ns),
    JS_CFUNC_DEF("yield", 1, h_yield),
    JS_CFUNC_DEF("cmdline", 0, h_cmdline),
    JS_CFUNC_DEF("exit", 1, h_exit),
    JS_CFUNC_DEF("netAcquire", 1, h_net_acquire),
    JS_CFUNC_DEF("netInfo", 1, h_net_info),
    JS_CFUNC_DEF("netRead", 2, h_net_read),
    JS_CFUNC_DEF("netWrite", 3, h_net_write),
    JS_CFUNC_DEF("blockAcquire", 1, h_block_acquire),
    JS_CFUNC_DEF("blockInfo", 1, h_block_info),
    JS_CFUNC_DEF("blockRead", 3, h_block_read),
    JS_CFUNC_DEF("blockWrite", 3, h_block_write),
    JS_CFUNC_DEF("randomSeed", 1, h_random_seed),
    JS_CFUNC_DEF("checksum", 4, h_checksum),
    JS_CFUNC_DEF("base64Decode", 1, h_base64_decode),
};

int mirage_host_install(JSContext *ctx, const char *cmdline)
{
    guest_cmdline = cmdline ? cmdline : "";
    JSValue global = JS_GetGlobalObject(ctx);
    uint8array_ctor = JS_GetPropertyStr(ctx, global, "Uint8Array");
    JSValue host = JS_NewObject(ctx);
    JS_SetPropertyFunctionList(ctx, host, host_functions,
                               sizeof host_functions / sizeof host_functions[0]);
    int r = JS_DefinePropertyValueStr(ctx, global, "__mirage_host", host,
                                      JS_PROP_CONFIGURABLE | JS_PROP_WRITABLE);
    JS_FreeValue(ctx, global);
    return r < 0 ? -1 : 0;
}

void mirage_host_release(JSContext *ctx)
{
    JS_FreeValue(ctx, uint8array_ctor);
    uint8array_ctor = JS_UNDEFINED;
    for (int i = 0; i < MAX_HANDLES; i++)
        devices[i].kind = 0;
}
